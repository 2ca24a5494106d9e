package org.warroom.reports;

import java.util.List;

/**
 * The volunteers of one mandal who have not reported, with who follows them up: the mandal's IT team and the
 * district's IT convenor(s).
 */
public record MissingGroup(long districtId, String districtName, List<String> districtConvenors, long mandalId,
                           String mandalName, List<String> mandalTeam, List<MissingVolunteer> volunteers) {
    public MissingGroup {
        districtConvenors = List.copyOf(districtConvenors);
        mandalTeam = List.copyOf(mandalTeam);
        volunteers = List.copyOf(volunteers);
    }
}
