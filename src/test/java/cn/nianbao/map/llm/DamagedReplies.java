package cn.nianbao.map.llm;

/**
 * Scripted model replies for the damaged fixtures (fixtures/damaged/), written from the undamaged report
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

    /** 2021-shuffled-rows.txt: the six relabelled rows of 三（三）不予公开, put back on their rows of the form. */
    public static final String SHUFFLED_REQUESTS = """
            {"cells": {
              "requests.denied_state_secret.natural_person": "0",
              "requests.denied_state_secret.commercial": "0",
              "requests.denied_state_secret.research": "0",
              "requests.denied_state_secret.public_interest": "0",
              "requests.denied_state_secret.legal_services": "0",
              "requests.denied_state_secret.other_org": "0",
              "requests.denied_state_secret.total": "0",
              "requests.denied_prohibited_by_law.natural_person": "1",
              "requests.denied_prohibited_by_law.commercial": "0",
              "requests.denied_prohibited_by_law.research": "0",
              "requests.denied_prohibited_by_law.public_interest": "0",
              "requests.denied_prohibited_by_law.legal_services": "0",
              "requests.denied_prohibited_by_law.other_org": "0",
              "requests.denied_prohibited_by_law.total": "1",
              "requests.denied_security_stability.natural_person": "0",
              "requests.denied_security_stability.commercial": "0",
              "requests.denied_security_stability.research": "0",
              "requests.denied_security_stability.public_interest": "0",
              "requests.denied_security_stability.legal_services": "0",
              "requests.denied_security_stability.other_org": "0",
              "requests.denied_security_stability.total": "0",
              "requests.denied_third_party.natural_person": "1",
              "requests.denied_third_party.commercial": "1",
              "requests.denied_third_party.research": "0",
              "requests.denied_third_party.public_interest": "0",
              "requests.denied_third_party.legal_services": "0",
              "requests.denied_third_party.other_org": "0",
              "requests.denied_third_party.total": "2",
              "requests.denied_internal_affairs.natural_person": "0",
              "requests.denied_internal_affairs.commercial": "0",
              "requests.denied_internal_affairs.research": "0",
              "requests.denied_internal_affairs.public_interest": "0",
              "requests.denied_internal_affairs.legal_services": "0",
              "requests.denied_internal_affairs.other_org": "0",
              "requests.denied_internal_affairs.total": "0",
              "requests.denied_query_service.natural_person": "2",
              "requests.denied_query_service.commercial": "0",
              "requests.denied_query_service.research": "0",
              "requests.denied_query_service.public_interest": "0",
              "requests.denied_query_service.legal_services": "0",
              "requests.denied_query_service.other_org": "0",
              "requests.denied_query_service.total": "2"
            }}""";

    /** 2021-split-row.txt: 1.本机关不掌握相关政府信息, its two halves joined again (6 2 0 | 0 1 0 9). */
    public static final String SPLIT_REQUESTS = """
            {"cells": {
              "requests.unable_not_held.natural_person": "6",
              "requests.unable_not_held.commercial": "2",
              "requests.unable_not_held.research": "0",
              "requests.unable_not_held.public_interest": "0",
              "requests.unable_not_held.legal_services": "1",
              "requests.unable_not_held.other_org": "0",
              "requests.unable_not_held.total": "9"
            }}""";

    private DamagedReplies() {
    }

    /** The right reply for whichever table the request asks about. */
    public static String forRequest(String requestBody) {
        return requestBody.contains("active.art20_5_licensing.decisions") ? ACTIVE : REQUESTS;
    }
}
