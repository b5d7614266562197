package com.wildrydes.localpool.sts;

/**
 * STS's answers in its Query protocol's XML (API version 2011-06-15): GetCallerIdentity's result and the
 * {@code ErrorResponse} every failure has.
 */
public final class StsXml {

    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private StsXml() {
    }

    public static String callerIdentity(CallerIdentity identity, String requestId) {
        return "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <GetCallerIdentityResult>\n"
                + "    <Arn>" + escape(identity.arn()) + "</Arn>\n"
                + "    <UserId>" + escape(identity.userId()) + "</UserId>\n"
                + "    <Account>" + escape(identity.account()) + "</Account>\n"
                + "  </GetCallerIdentityResult>\n"
                + "  <ResponseMetadata>\n    <RequestId>" + escape(requestId) + "</RequestId>\n  </ResponseMetadata>\n"
                + "</GetCallerIdentityResponse>\n";
    }

    /** @param code STS's error code, e.g. {@code InvalidClientTokenId}; the caller's fault ({@code Sender}) */
    public static String error(String code, String message, String requestId) {
        return "<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <Error>\n    <Type>Sender</Type>\n    <Code>" + escape(code) + "</Code>\n"
                + "    <Message>" + escape(message) + "</Message>\n  </Error>\n"
                + "  <RequestId>" + escape(requestId) + "</RequestId>\n"
                + "</ErrorResponse>\n";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
