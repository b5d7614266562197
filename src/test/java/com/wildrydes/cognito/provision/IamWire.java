package com.wildrydes.cognito.provision;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM's wire format on a WireMock server: the Query protocol (a form POST naming its {@code Action}) answered in
 * XML, errors included. Public for the provision command's tests, which stub IAM beside Cognito.
 */
public final class IamWire {

    public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/WildRydesRider";
    private static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

    private IamWire() {
    }

    public static void stub(WireMockServer server, String action, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
                .willReturn(response));
    }

    /** GetRole's or CreateRole's answer: the role WildRydesRider, trusting as {@code trustPolicy} (JSON) says. */
    public static ResponseDefinitionBuilder role(String action, String trustPolicy) {
        return xml(200, "<" + action + "Response xmlns=\"" + NS + "\"><" + action + "Result><Role><Path>/</Path>"
                + "<AssumeRolePolicyDocument>" + URLEncoder.encode(trustPolicy, StandardCharsets.UTF_8)
                + "</AssumeRolePolicyDocument><RoleId>AROAEXAMPLEROLEID0001</RoleId><RoleName>WildRydesRider</RoleName>"
                + "<Arn>" + ROLE_ARN + "</Arn><CreateDate>2026-12-01T19:00:00Z</CreateDate></Role></" + action
                + "Result><ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>"
                + "</ResponseMetadata></" + action + "Response>");
    }

    public static ResponseDefinitionBuilder updated() {
        return xml(200, "<UpdateAssumeRolePolicyResponse xmlns=\"" + NS + "\"><ResponseMetadata><RequestId>"
                + "309c1671-99ed-11e4-a4f4-EXAMPLE</RequestId></ResponseMetadata></UpdateAssumeRolePolicyResponse>");
    }

    public static ResponseDefinitionBuilder error(int status, String code, String message) {
        return xml(status, "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>" + code
                + "</Code><Message>" + message + "</Message></Error><RequestId>4f3ea2a5-EXAMPLE</RequestId>"
                + "</ErrorResponse>");
    }

    /** The form parameters of each request made for {@code action}. */
    public static List<Map<String, String>> sent(WireMockServer server, String action) {
        return server.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&")))
                .stream().map(request -> form(request.getBodyAsString())).toList();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }
}
