package com.wildrydes.cognito.provision;

import com.wildrydes.cognito.error.CognitoErrorTranslator;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns what can go wrong while provisioning into one sentence that says what to do about it. */
final class ProvisioningFailures {

    static final String PERMISSIONS = "cognito-idp:ListUserPools, CreateUserPool, ListUserPoolClients, "
            + "DescribeUserPoolClient, CreateUserPoolClient, CreateGroup, ListUsers and AdminAddUserToGroup";

    private ProvisioningFailures() {
    }

    /** What the identity pool step ({@code --with-identity-pool}) needs beside {@link #PERMISSIONS}. */
    static final String IDENTITY_POOL_PERMISSIONS = "iam:GetRole, CreateRole, UpdateAssumeRolePolicy and PassRole, "
            + "and cognito-identity:ListIdentityPools, CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool, "
            + "GetIdentityPoolRoles and SetIdentityPoolRoles";

    /** {@code where}: the endpoint the calls went to, for the "could not reach" sentence. */
    static ProvisioningException explain(RuntimeException failure, String where) {
        return explain(failure, "Cognito at " + where, PERMISSIONS);
    }

    /**
     * @param place       what could not be reached, as the sentence names it ("Cognito at ...")
     * @param permissions what the credentials need, for the sentence of a refusal
     */
    static ProvisioningException explain(RuntimeException failure, String place, String permissions) {
        if (failure instanceof ProvisioningException decided) {
            return decided;
        }
        if (failure instanceof AwsServiceException answer && answer.awsErrorDetails() != null) {
            return new ProvisioningException(refusal(answer.awsErrorDetails().errorCode(), answer.statusCode(),
                    permissions), failure);
        }
        if (failure instanceof SdkClientException && mentions(failure, "Unable to load credentials")) {
            return new ProvisioningException("No AWS credentials were found: run 'aws configure', or set AWS_PROFILE "
                    + "or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, then run provision again.", failure);
        }
        if (failure instanceof SdkClientException) {
            return new ProvisioningException("Could not reach " + place
                    + ": check the network connection, --region and --endpoint.", failure);
        }
        return new ProvisioningException("Provisioning failed unexpectedly ("
                + failure.getClass().getSimpleName() + ").", failure);
    }

    private static String refusal(String code, int status, String permissions) {
        if (CognitoErrorTranslator.isCredentialRefusal(code) || "NotAuthorizedException".equals(code)
                || "AccessDenied".equals(code)) { // IAM's word for AccessDeniedException
            return "AWS refused the request (" + code + "): the credentials need permission for " + permissions + ".";
        }
        if ("LimitExceededException".equals(code) || "TooManyRequestsException".equals(code)) {
            return "Cognito refused the request because a quota of this AWS account was reached (" + code
                    + "): delete unused user pools or ask AWS for a higher quota, then run provision again.";
        }
        if (status >= 500) {
            return "Cognito failed to answer (" + code + ", HTTP " + status + "): try again in a moment.";
        }
        return "Cognito refused the request (" + code + "): the pool or client may be in a state provision cannot use.";
    }

    private static boolean mentions(Throwable failure, String phrase) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
