package cn.nianbao.map.llm;

/** What the model answered and the tokens the endpoint counted for it (0 when it did not say). */
record ChatReply(String text, long tokens) {
}
