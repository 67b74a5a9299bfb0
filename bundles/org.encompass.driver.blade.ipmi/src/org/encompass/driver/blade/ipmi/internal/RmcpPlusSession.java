package org.encompass.driver.blade.ipmi.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.encompass.core.spi.DriverException;

/**
 * One IPMI 2.0 LAN session (RMCP+) with a BMC, cipher suite 3 only: RAKP-HMAC-SHA1 authentication,
 * HMAC-SHA1-96 integrity, AES-CBC-128 confidentiality. The session opens without Get Channel Cipher
 * Suites, which OpenIPMI's ipmi_sim does not answer (the reason ipmi-java and an unpinned ipmitool hang
 * or retry against it). Every request has a bounded wait: {@code timeout} per try, a few tries, then a
 * {@link DriverException} naming the BMC. Not thread-safe: the driver serializes calls per BMC.
 */
final class RmcpPlusSession implements AutoCloseable {
    private static final int TRIES = 3;
    private static final byte PAYLOAD_IPMI = 0x00;
    private static final byte OPEN_SESSION_REQUEST = 0x10;
    private static final byte RAKP1 = 0x12;
    private static final byte RAKP3 = 0x14;
    private static final int ADMINISTRATOR = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String bmc;
    private final DatagramSocket socket;
    private final Duration timeout;
    private int consoleId;
    private int managedId;
    private int sequence;
    private int requestSequence;
    private byte[] k1;
    private byte[] k2;
    private boolean open;

    private RmcpPlusSession(String bmc, DatagramSocket socket, Duration timeout) {
        this.bmc = bmc;
        this.socket = socket;
        this.timeout = timeout;
    }

    /** Opens a session as {@code user} with administrator privilege; the password is not kept. */
    static RmcpPlusSession open(String host, int port, String user, char[] password, Duration timeout) throws DriverException {
        String bmc = host + ":" + port;
        DatagramSocket socket;
        try {
            socket = new DatagramSocket();
            socket.connect(new InetSocketAddress(host, port));
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        } catch (IOException e) {
            throw new DriverException("BMC " + bmc + ": " + e.getMessage(), e);
        }
        RmcpPlusSession session = new RmcpPlusSession(bmc, socket, timeout);
        try {
            session.handshake(user == null ? "" : user, password);
            session.command(0x06, 0x3b, new byte[] { ADMINISTRATOR }); // Set Session Privilege Level
            return session;
        } catch (DriverException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    String bmc() {
        return bmc;
    }

    /**
     * Sends one IPMI request and returns the response data after the completion code; a completion code
     * other than 0 is a {@link BmcRefusal}.
     */
    byte[] command(int netFn, int cmd, byte[] data) throws DriverException {
        return command(netFn, cmd, data, TRIES);
    }

    private byte[] command(int netFn, int cmd, byte[] data, int tries) throws DriverException {
        int seq = (requestSequence++ & 0x3f);
        byte[] message = new byte[7 + data.length];
        message[0] = 0x20; // the BMC
        message[1] = (byte) (netFn << 2);
        message[2] = checksum(message, 0, 2);
        message[3] = (byte) 0x81; // remote console software id
        message[4] = (byte) (seq << 2);
        message[5] = (byte) cmd;
        System.arraycopy(data, 0, message, 6, data.length);
        message[message.length - 1] = checksum(message, 3, message.length - 1);
        for (int attempt = 1; attempt <= tries; attempt++) {
            sequence++;
            send(sealed(message));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                byte[] packet = receive(deadline);
                if (packet == null) {
                    break; // this try timed out: send again with a new session sequence number
                }
                byte[] response = opened(packet);
                if (response == null || response.length < 8 || (response[4] & 0xff) >> 2 != seq || (response[5] & 0xff) != cmd) {
                    continue; // a late answer to an earlier try, or not ours
                }
                int completion = response[6] & 0xff;
                if (completion != 0) {
                    throw new BmcRefusal(bmc, netFn, cmd, completion);
                }
                return Arrays.copyOfRange(response, 7, response.length - 1);
            }
        }
        throw silent();
    }

    private DriverException silent() {
        return new DriverException("BMC " + bmc + " did not answer within " + timeout.multipliedBy(TRIES).toMillis() / 1000.0
                + " s (is it running and is the address right?)");
    }

    private void handshake(String user, char[] password) throws DriverException {
        byte[] userBytes = user.getBytes(StandardCharsets.US_ASCII);
        if (userBytes.length > 16) {
            throw new DriverException("BMC " + bmc + ": the user name is longer than IPMI's 16 characters");
        }
        byte[] key = Arrays.copyOf(new String(password).getBytes(StandardCharsets.UTF_8), 20);
        try {
            consoleId = RANDOM.nextInt() | 1;
            ByteBuffer open = le(32);
            open.put((byte) 1).put((byte) ADMINISTRATOR).putShort((short) 0).putInt(consoleId);
            open.put(new byte[] { 0, 0, 0, 8, 1, 0, 0, 0 }); // authentication: RAKP-HMAC-SHA1
            open.put(new byte[] { 1, 0, 0, 8, 1, 0, 0, 0 }); // integrity: HMAC-SHA1-96
            open.put(new byte[] { 2, 0, 0, 8, 1, 0, 0, 0 }); // confidentiality: AES-CBC-128
            byte[] opened = exchange(OPEN_SESSION_REQUEST, open.array(), 0x11);
            status(opened[1], "refused the session (cipher suite 3)");
            managedId = ByteBuffer.wrap(opened, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();

            byte[] rm = new byte[16];
            RANDOM.nextBytes(rm);
            byte role = (byte) (ADMINISTRATOR | 0x10); // name-only lookup
            ByteBuffer rakp1 = le(28 + userBytes.length);
            rakp1.put((byte) 2).put(new byte[3]).putInt(managedId).put(rm).put(role).putShort((short) 0)
                    .put((byte) userBytes.length).put(userBytes);
            byte[] rakp2 = exchange(RAKP1, rakp1.array(), 0x13);
            if (rakp2[1] == 0x0d || rakp2[1] == 0x12) {
                throw new DriverException("BMC " + bmc + " refused the login: wrong user name or password");
            }
            status(rakp2[1], "refused the login");
            byte[] rc = Arrays.copyOfRange(rakp2, 8, 24);
            byte[] guid = Arrays.copyOfRange(rakp2, 24, 40);
            byte[] proof = Arrays.copyOfRange(rakp2, 40, 60);
            byte[] expected = hmac(key, ints(consoleId, managedId), rm, rc, guid, new byte[] { role, (byte) userBytes.length }, userBytes);
            if (!MessageDigest.isEqual(expected, proof)) {
                throw new DriverException("BMC " + bmc + " refused the login: wrong user name or password");
            }
            byte[] sik = hmac(key, rm, rc, new byte[] { role, (byte) userBytes.length }, userBytes);
            ByteBuffer rakp3 = le(28);
            rakp3.put((byte) 3).put((byte) 0).putShort((short) 0).putInt(managedId)
                    .put(hmac(key, rc, ints(consoleId), new byte[] { role, (byte) userBytes.length }, userBytes));
            byte[] rakp4 = exchange(RAKP3, Arrays.copyOf(rakp3.array(), 28), 0x15);
            if (rakp4[1] == 0x0d || rakp4[1] == 0x0f || rakp4[1] == 0x12) {
                throw new DriverException("BMC " + bmc + " refused the login: wrong user name or password");
            }
            status(rakp4[1], "refused the login");
            byte[] check = Arrays.copyOf(hmac(sik, rm, ints(managedId), guid), 12);
            if (!MessageDigest.isEqual(check, Arrays.copyOfRange(rakp4, 8, 20))) {
                throw new DriverException("BMC " + bmc + " answered the login with a wrong integrity check");
            }
            k1 = hmac(sik, filled(1));
            k2 = Arrays.copyOf(hmac(sik, filled(2)), 16);
            this.open = true;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A session-setup request (unauthenticated) and the answer of the expected type, by tries. */
    private byte[] exchange(byte type, byte[] payload, int answerType) throws DriverException {
        ByteBuffer packet = le(4 + 12 + payload.length);
        packet.put(new byte[] { 0x06, 0x00, (byte) 0xff, 0x07 }).put((byte) 0x06).put(type).putInt(0).putInt(0)
                .putShort((short) payload.length).put(payload);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            send(packet.array());
            long deadline = System.nanoTime() + timeout.toNanos();
            byte[] answer;
            while ((answer = receive(deadline)) != null) {
                if (answer.length >= 16 && answer[4] == 0x06 && (answer[5] & 0x3f) == answerType) {
                    int length = ByteBuffer.wrap(answer, 14, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
                    if (answer.length >= 16 + Math.max(length, 2)) {
                        return Arrays.copyOfRange(answer, 16, 16 + length);
                    }
                }
            }
        }
        throw silent();
    }

    private void status(byte code, String what) throws DriverException {
        if (code != 0) {
            throw new DriverException("BMC " + bmc + " " + what + ": RMCP+ status 0x" + Integer.toHexString(code & 0xff));
        }
    }

    /** An encrypted, authenticated IPMI payload in its RMCP and session headers. */
    private byte[] sealed(byte[] message) throws DriverException {
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        int pad = (16 - (message.length + 1) % 16) % 16;
        byte[] plain = Arrays.copyOf(message, message.length + pad + 1);
        for (int i = 0; i < pad; i++) {
            plain[message.length + i] = (byte) (i + 1);
        }
        plain[plain.length - 1] = (byte) pad;
        byte[] encrypted;
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k2, "AES"), new IvParameterSpec(iv));
            encrypted = aes.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new DriverException("BMC " + bmc + ": AES is not available: " + e.getMessage(), e);
        }
        int payloadLength = 16 + encrypted.length;
        int unpadded = 12 + payloadLength + 2; // session header, payload, pad length, next header
        int integrityPad = (4 - unpadded % 4) % 4;
        ByteBuffer packet = le(4 + unpadded + integrityPad + 12);
        packet.put(new byte[] { 0x06, 0x00, (byte) 0xff, 0x07 }).put((byte) 0x06).put((byte) (0xc0 | PAYLOAD_IPMI))
                .putInt(managedId).putInt(sequence).putShort((short) payloadLength).put(iv).put(encrypted);
        for (int i = 0; i < integrityPad; i++) {
            packet.put((byte) 0xff);
        }
        packet.put((byte) integrityPad).put((byte) 0x07);
        byte[] bytes = packet.array();
        byte[] code = Arrays.copyOf(hmac(k1, Arrays.copyOfRange(bytes, 4, 4 + unpadded + integrityPad)), 12);
        System.arraycopy(code, 0, bytes, 4 + unpadded + integrityPad, 12);
        return bytes;
    }

    /** The IPMI message of an answer in this session, checked and decrypted; {@code null} if it is not one. */
    private byte[] opened(byte[] packet) {
        if (packet.length < 16 + 32 + 12 || packet[4] != 0x06 || (packet[5] & 0x3f) != PAYLOAD_IPMI
                || (packet[5] & 0xc0) != 0xc0) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(packet, 6, 10).order(ByteOrder.LITTLE_ENDIAN);
        if (header.getInt() != consoleId) {
            return null;
        }
        header.getInt();
        int length = header.getShort() & 0xffff;
        int end = packet.length - 12;
        if (16 + length > end || (length - 16) % 16 != 0 || length < 32) {
            return null;
        }
        byte[] code = Arrays.copyOf(hmac(k1, Arrays.copyOfRange(packet, 4, end)), 12);
        if (!MessageDigest.isEqual(code, Arrays.copyOfRange(packet, end, packet.length))) {
            return null;
        }
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(k2, "AES"), new IvParameterSpec(packet, 16, 16));
            byte[] plain = aes.doFinal(packet, 32, length - 16);
            int pad = plain[plain.length - 1] & 0xff;
            return pad >= plain.length ? null : Arrays.copyOf(plain, plain.length - 1 - pad);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private void send(byte[] packet) throws DriverException {
        try {
            socket.send(new DatagramPacket(packet, packet.length));
        } catch (IOException e) {
            throw new DriverException("BMC " + bmc + ": " + e.getMessage(), e);
        }
    }

    /** The next datagram before {@code deadline} (System.nanoTime), or {@code null}. */
    private byte[] receive(long deadline) throws DriverException {
        byte[] buffer = new byte[1024];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            try {
                socket.setSoTimeout((int) left);
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                return Arrays.copyOf(buffer, packet.getLength());
            } catch (SocketTimeoutException e) {
                return null;
            } catch (java.net.PortUnreachableException e) {
                // nothing listens there (ICMP): wait out the try as for a silent BMC, then report it
                sleepUntil(deadline);
                return null;
            } catch (IOException e) {
                throw new DriverException("BMC " + bmc + ": " + e.getMessage(), e);
            }
        }
    }

    private static void sleepUntil(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        try {
            if (open) {
                open = false;
                command(0x06, 0x3c, ints(managedId), 1); // Close Session, one try: a BMC that has gone times it out
            }
        } catch (DriverException e) {
            // the BMC ends the session itself after its idle time
        } finally {
            socket.close();
        }
    }

    private static byte checksum(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i];
        }
        return (byte) -sum;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ints(int... values) {
        ByteBuffer buffer = le(4 * values.length);
        for (int value : values) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[20];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
    }
}
