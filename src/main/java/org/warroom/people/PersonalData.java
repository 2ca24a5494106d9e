package org.warroom.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.warroom.operators.Access;
import org.warroom.org.Coverage;
import org.warroom.org.CoverageRollup;
import org.warroom.org.Unit;
import org.warroom.platform.audit.AuditLog;

/**
 * A person's rights over what the war room keeps about them: everything stored about one phone number, and
 * withdrawing consent. Withdrawal erases their name, number and consent date, their reports' free text and the
 * chat messages that came from them, and makes them inactive; the anonymous numbers (reports, roll-ups, coverage
 * counts) stay. Volunteers are not stored as members of WhatsApp groups or broadcast lists (those keep counts of
 * the public), so there is no membership to remove. The audit row of the withdrawal holds no personal data.
 */
public final class PersonalData {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;

    public PersonalData(Jdbi jdbi, AuditLog audit, Access access, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Everything stored about the person with this number, as a tree of maps and lists (for JSON). */
    public Optional<Map<String, Object>> export(String phone) {
        String e164 = normalise(phone);
        access.requireRole(access.current().seesPhones(), "look up a person by phone number");
        return jdbi.withHandle(h -> {
            Optional<Map<String, Object>> person = h.createQuery("SELECT v.id, v.name, v.phone, v.role, v.consent_date, v.active, "
                            + "v.updated_at, u.code AS unit_code, u.name_en AS unit_name, w.code AS wing "
                            + "FROM volunteer v JOIN unit u ON u.id = v.unit_id JOIN wing w ON w.id = v.wing_id WHERE v.phone = :p")
                    .bind("p", e164).mapToMap().findOne();
            if (person.isEmpty()) {
                return Optional.<Map<String, Object>>empty();
            }
            long id = ((Number) person.get().get("id")).longValue();
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("volunteer", person.get());
            all.put("reports", rows(h, "SELECT report_date, slots_mask, forwarded, added, group_size, issues_mask, mood, feedback, "
                    + "source, original_text, created_at FROM report WHERE volunteer_id = :id ORDER BY report_date", id));
            all.put("booth_feedback", rows(h, "SELECT * FROM booth_feedback WHERE volunteer_id = :id", id));
            all.put("plan_feedback", rows(h, "SELECT * FROM plan_feedback WHERE volunteer_id = :id", id));
            all.put("chat_messages", rows(h, "SELECT sent_at, author, text, status FROM review_queue WHERE volunteer_id = :id", id));
            all.put("changes", rows(h, "SELECT at, actor, desk, action, before_value, after_value FROM audit_log "
                    + "WHERE entity = 'volunteer' AND entity_id = :id ORDER BY id", id));
            return Optional.of(all);
        });
    }

    private static List<Map<String, Object>> rows(Handle h, String sql, long id) {
        return h.createQuery(sql).bind("id", id).mapToMap().list();
    }

    /**
     * Withdraws the consent of the person with this number: their details are erased in one transaction, with the
     * coverage of their unit and every ancestor adjusted. Returns how many rows were changed, or refuses if no
     * volunteer has the number.
     */
    public int withdraw(String phone) {
        String e164 = normalise(phone);
        return jdbi.inTransaction(h -> {
            Long id = h.createQuery("SELECT id FROM volunteer WHERE phone = :p").bind("p", e164).mapTo(Long.class).findOne()
                    .orElseThrow(() -> new ValidationException("phone", "No volunteer has the number " + PhoneNumbers.mask(e164) + "."));
            long unitId = h.createQuery("SELECT unit_id FROM volunteer WHERE id = :id").bind("id", id).mapTo(Long.class).one();
            access.requireChange(h, unitId);
            Unit unit = CoverageRollup.unit(h, unitId).orElseThrow();
            Coverage before = CoverageRollup.ownContribution(h, unit.id(), unit.kind());
            int n = h.createUpdate("UPDATE volunteer SET name = '—', phone = NULL, consent_date = NULL, active = FALSE, "
                    + "withdrawn_at = :at, version = version + 1, updated_at = :now WHERE id = :id")
                    .bind("at", OffsetDateTime.now(clock)).bind("now", java.time.LocalDateTime.now(clock)).bind("id", id).execute();
            n += h.createUpdate("UPDATE report SET original_text = NULL, feedback = NULL WHERE volunteer_id = :id").bind("id", id).execute();
            n += h.createUpdate("UPDATE booth_feedback SET feedback = NULL WHERE volunteer_id = :id").bind("id", id).execute();
            n += h.createUpdate("UPDATE plan_feedback SET feedback = NULL WHERE volunteer_id = :id").bind("id", id).execute();
            n += h.createUpdate("UPDATE review_queue SET author = NULL, text = '—' WHERE volunteer_id = :id OR author = :p")
                    .bind("id", id).bind("p", e164).execute();
            CoverageRollup.apply(h, unit, CoverageRollup.ownContribution(h, unit.id(), unit.kind()).minus(before));
            audit.record(h, access.actor(), "WITHDRAW_CONSENT", "volunteer", id, null, "contact details erased");
            return n;
        });
    }

    /** A number as stored (+91 and ten digits); a lookup, so synthetic demo numbers are found too. */
    private static String normalise(String phone) {
        String d = phone == null ? "" : phone.replaceAll("\\D", "");
        if (d.length() == 12 && d.startsWith("91")) {
            d = d.substring(2);
        } else if (d.length() == 11 && d.startsWith("0")) {
            d = d.substring(1);
        }
        if (d.length() != 10) {
            throw new ValidationException("phone", "Give the ten-digit mobile number (with or without +91).");
        }
        return "+91" + d;
    }
}
