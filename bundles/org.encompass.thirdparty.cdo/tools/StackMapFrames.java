import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Gives the Java 5 class files (major version 49) of CDO's and Net4j's jars stack map frames and makes them
 * Java 6 class files (version 50), in place. The JVM's AOT cache (and class-data archive) leaves out Java 5
 * classes and classes verified by the old type-inferring verifier; with frames, the command line maps these
 * classes from the cache instead of parsing and verifying them from the jars at every start.
 *
 * <p>Safe by construction: version 50 is the one version whose classes the JVM verifies with the old verifier
 * when their frames do not check, so a wrong frame costs only the archiving of that class. A class whose frames
 * cannot be computed from the types these jars and their dependencies define (a type not found, a JSR) is left
 * as it is. Classes already at version 50 or newer are left alone, so running it twice changes nothing.
 *
 * <pre>java -cp asm.jar StackMapFrames.java JAR-TO-REWRITE... -- JAR-WITH-DEPENDENCIES...</pre>
 */
public final class StackMapFrames {
	private static final int JAVA_5 = 49;

	private final Map<String, byte[]> classes = new HashMap<>();
	private final Map<String, String[]> hierarchy = new HashMap<>();

	public static void main(String[] args) throws IOException {
		List<Path> targets = new ArrayList<>();
		List<Path> dependencies = new ArrayList<>();
		List<Path> into = targets;
		for (String arg : args) {
			if (arg.equals("--")) {
				into = dependencies;
			} else {
				into.add(Path.of(arg));
			}
		}
		StackMapFrames frames = new StackMapFrames();
		for (Path jar : targets) {
			frames.index(jar);
		}
		for (Path jar : dependencies) {
			frames.index(jar);
		}
		for (Path jar : targets) {
			frames.rewrite(jar);
		}
	}

	private void index(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
					try (InputStream in = zip.getInputStream(entry)) {
						classes.putIfAbsent(entry.getName().substring(0, entry.getName().length() - 6), in.readAllBytes());
					}
				}
			}
		}
	}

	private void rewrite(Path jar) throws IOException {
		Path rewritten = jar.resolveSibling(jar.getFileName() + ".frames");
		int changed = 0;
		int kept = 0;
		try (ZipFile zip = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (entry.getName().endsWith(".class") && majorVersion(bytes) == JAVA_5) {
					byte[] framed = withFrames(bytes);
					if (framed != null) {
						bytes = framed;
						changed++;
					} else {
						kept++;
					}
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
		System.out.println(jar.getFileName() + ": " + changed + " Java 5 classes given stack map frames (now version 50), "
				+ kept + " left as they were");
	}

	private static int majorVersion(byte[] bytes) {
		return bytes.length > 8 ? ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff) : -1;
	}

	/** The class as version 50 with computed frames, or null when they cannot be computed. */
	private byte[] withFrames(byte[] bytes) {
		try {
			ClassReader reader = new ClassReader(bytes);
			ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
				@Override
				protected String getCommonSuperClass(String first, String second) {
					return commonSuperClass(first, second);
				}
			};
			reader.accept(new org.objectweb.asm.ClassVisitor(Opcodes.ASM9, writer) {
				@Override
				public void visit(int version, int access, String name, String signature, String superName,
						String[] interfaces) {
					super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
				}
			}, 0);
			return writer.toByteArray();
		} catch (RuntimeException unknownTypeOrJsr) {
			return null;
		}
	}

	/** As the verifier merges two reference types: their nearest common superclass, Object for an interface. */
	private String commonSuperClass(String first, String second) {
		if (isInterface(first) || isInterface(second)) {
			return "java/lang/Object";
		}
		Set<String> firstChain = new LinkedHashSet<>();
		for (String type = first; type != null; type = superClass(type)) {
			firstChain.add(type);
		}
		for (String type = second; type != null; type = superClass(type)) {
			if (firstChain.contains(type)) {
				return type;
			}
		}
		return "java/lang/Object";
	}

	private boolean isInterface(String type) {
		return (Integer.parseInt(describe(type)[1]) & Opcodes.ACC_INTERFACE) != 0;
	}

	private String superClass(String type) {
		return describe(type)[0];
	}

	/** {super class or null, access flags} of a type of the jars or the JDK; throws when it is unknown. */
	private String[] describe(String type) {
		return hierarchy.computeIfAbsent(type, name -> {
			byte[] bytes = classes.get(name);
			if (bytes == null) {
				bytes = jdkClass(name);
			}
			if (bytes == null) {
				throw new TypeNotPresentException(name.replace('/', '.'), null);
			}
			ClassReader reader = new ClassReader(bytes);
			return new String[] { reader.getSuperName(), Integer.toString(reader.getAccess()) };
		});
	}

	private static byte[] jdkClass(String name) {
		try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(name + ".class")) {
			if (in == null) {
				return null;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		} catch (IOException e) {
			return null;
		}
	}
}
