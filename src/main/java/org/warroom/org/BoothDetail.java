package org.warroom.org;

/** What the polling-station list says of a booth. */
public record BoothDetail(long unitId, int partNo, String psName, Integer electorsTotal, Integer electorsMale,
                          Integer electorsFemale, Integer electorsOther) {
}
