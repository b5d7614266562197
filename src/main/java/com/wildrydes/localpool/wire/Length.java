package com.wildrydes.localpool.wire;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string member's length range from the service model (e.g. Username 1..128); outside it gives
 * InvalidParameterException in Cognito's wording. Checked only when the member is present.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Length {

    int min() default 0;

    int max();
}
