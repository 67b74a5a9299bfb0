package org.encompass.server.internal;

import org.eclipse.net4j.util.security.IAuthenticator;

/**
 * Checks each new CDO session's user and password against the {@link UserFile}. CDO's session manager sends
 * the client a Diffie-Hellman challenge; the client answers with its user and password encrypted with the
 * agreed key, which CDO decrypts and hands to this check. (Net4j's challenge-response negotiator with
 * {@code UserManagerAuthenticator} would need every password in clear on the server: we keep hashes.)
 * A refusal says nothing about which of the two was wrong, and the password is never logged.
 */
final class UserAuthenticator implements IAuthenticator {
    private final UserFile users;

    UserAuthenticator(UserFile users) {
        this.users = users;
    }

    @Override
    public void authenticate(String userID, char[] password) throws SecurityException {
        UserFile.User user = users.find(userID);
        boolean valid = user != null && password != null && user.hash().matches(password);
        java.util.Arrays.fill(password == null ? new char[0] : password, '\0');
        if (!valid) {
            System.err.println("encompass-server: refused a session for user '" + org.encompass.core.Quoted.inline(
                    String.valueOf(userID), 64) + "'");
            throw new SecurityException("unknown user or wrong password");
        }
    }
}
