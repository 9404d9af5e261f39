package cn.nianbao.map.llm;

/**
 * Scripted model replies for fixtures/damaged/2021-lost-labels.txt, written from the undamaged report
 * (cases/2021-full.txt): what a model that understood the fragment would answer.
 */
public final class DamagedReplies {
    public static final String ACTIVE = """
            {"cells": {"active.art20_5_licensing.decisions": "4268"}}""";
    public static final String REQUESTS = """
            {"cells": {
              "requests.denied_prohibited_by_law.natural_person": "1",
              "requests.denied_prohibited_by_law.commercial": "0",
              "requests.denied_prohibited_by_law.research": "0",
              "requests.denied_prohibited_by_law.public_interest": "0",
              "requests.denied_prohibited_by_law.legal_services": "0",
              "requests.denied_prohibited_by_law.other_org": "0",
              "requests.denied_prohibited_by_law.total": "1",
              "requests.denied_third_party.natural_person": "1",
              "requests.denied_third_party.commercial": "1",
              "requests.denied_third_party.research": "0",
              "requests.denied_third_party.public_interest": "0",
              "requests.denied_third_party.legal_services": "0",
              "requests.denied_third_party.other_org": "0",
              "requests.denied_third_party.total": "2",
              "requests.denied_query_service.natural_person": "2",
              "requests.denied_query_service.commercial": "0",
              "requests.denied_query_service.research": "0",
              "requests.denied_query_service.public_interest": "0",
              "requests.denied_query_service.legal_services": "0",
              "requests.denied_query_service.other_org": "0",
              "requests.denied_query_service.total": "2"
            }}""";

    private DamagedReplies() {
    }

    /** The right reply for whichever table the request asks about. */
    public static String forRequest(String requestBody) {
        return requestBody.contains("active.art20_5_licensing.decisions") ? ACTIVE : REQUESTS;
    }
}
