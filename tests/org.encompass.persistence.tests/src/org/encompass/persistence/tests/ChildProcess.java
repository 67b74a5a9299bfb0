package org.encompass.persistence.tests;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;

/**
 * Main class of the second JVM started by {@link SeparateProcessTest}. It never calls
 * System.exit: a thread left running after close keeps it alive, and the test notices.
 *
 * <p>Arguments: {@code <data> write <name>} sets the site's name; {@code <data> hold [<name>]}
 * opens the repository, sets the name if given, prints {@value #READY} and keeps the repository
 * open until its standard input closes.
 */
public final class ChildProcess {

	static final String READY = "READY";

	private ChildProcess() {
	}

	public static void main(String[] args) throws Exception {
		TestModel.init();
		Path data = Path.of(args[0]);
		switch (args[1]) {
			case "write" -> {
				try (EncompassRepository repository = EncompassRepository.open(data)) {
					setName(repository, args[2]);
				}
			}
			case "hold" -> {
				try (EncompassRepository repository = EncompassRepository.open(data)) {
					if (args.length > 2) {
						setName(repository, args[2]);
					}
					System.out.println(READY + " " + repository.dataDirectory());
					System.out.flush();
					while (System.in.read() >= 0) {
						// wait for the parent to close our input
					}
				}
			}
			default -> throw new IllegalArgumentException("unknown mode " + args[1]);
		}
	}

	private static void setName(EncompassRepository repository, String name) {
		Transactions.write(repository.openSession(), transaction -> {
			TestModel.set(RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class), "name", name);
			return null;
		});
	}
}
