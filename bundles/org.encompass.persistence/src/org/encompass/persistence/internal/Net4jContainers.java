package org.encompass.persistence.internal;

import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.server.net4j.CDONet4jServerUtil;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.jvm.JVMUtil;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;

/**
 * Managed containers wired in code. The CDO jars carry no plugin.xml, and even inside OSGi we want
 * no dependency on extension registrations: each container gets exactly the factories it needs.
 * Every repository and client has its own container, so closing one never stops another. Every TCP
 * socket of a container goes without Nagle's algorithm ({@link TcpNoDelay}).
 */
public final class Net4jContainers {

	private Net4jContainers() {
	}

	/** Server side: CDO server protocol over in-JVM and TCP transports. */
	public static IManagedContainer server() {
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		JVMUtil.prepareContainer(container);
		TCPUtil.prepareContainer(container);
		CDONet4jUtil.prepareContainer(container);
		CDONet4jServerUtil.prepareContainer(container);
		container.addPostProcessor(new TcpNoDelay());
		container.activate();
		return container;
	}

	/** Client side only: a CDO session over TCP to a repository in another process. */
	public static IManagedContainer tcpClient() {
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		TCPUtil.prepareContainer(container);
		CDONet4jUtil.prepareContainer(container);
		container.addPostProcessor(new TcpNoDelay());
		container.activate();
		return container;
	}
}
