package cn.gov.opendata.seeds.dataset;

import cn.gov.opendata.seeds.directory.Agency;

import java.util.ArrayList;
import java.util.List;

/** Everything one reference dataset writes, in load order. */
public record Dataset(List<Agency> agencies,
                      List<Records.Disclosure> disclosures,
                      List<Records.Tallies> tallies,
                      List<Records.Request> requests,
                      List<Records.Reconsideration> reconsiderations,
                      List<Records.Lawsuit> lawsuits,
                      List<Records.Complaint> complaints,
                      List<Records.Narrative> narratives,
                      List<Records.Supplementary> supplementary) {

    public static Dataset empty(List<Agency> agencies) {
        return new Dataset(agencies, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
