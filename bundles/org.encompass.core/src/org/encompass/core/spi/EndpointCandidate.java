package org.encompass.core.spi;

import java.util.Map;

/**
 * A management endpoint announced on the network (an SLP service, for example a chassis' CIM server),
 * offered to the operator to add. Attribute texts come from the network: bounded and untrusted.
 *
 * @param serviceType the announced type, for example {@code service:wbem}
 * @param url         where the endpoint answers, for example {@code https://10.0.0.30:5989}
 * @param kind        the driver kind that would manage it ({@code cim}), or {@code null} if none is known
 * @param attributes  the announced attributes, in order
 */
public record EndpointCandidate(String serviceType, String url, String kind, Map<String, String> attributes) {
}
