package dev.lectern.web.tomcat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketBufferHandler;

/**
 * Tomcat's HTTP/1.1 connector, with connections that take turns.
 * <p>
 * Tomcat's worker thread, having answered a request on a kept-alive connection, reads on
 * at once; if the client has already sent its next request, the same thread serves it too,
 * ahead of every connection waiting in the queue for a thread. A client that answers fast
 * can so be served dozens of times in a row while the others wait, and under load the
 * slowest readers wait several times as long as the typical one. Here a connection that has
 * just been answered reports "nothing to read yet" once, so Tomcat hands it back to its
 * poller: its next request joins the end of the queue like everyone else's (as nginx does
 * with a kept-alive connection). A read that finds nothing is a normal outcome of a
 * non-blocking read, and Tomcat's blocking reads wait for the poller after one, so nothing
 * else changes. Connections over TLS keep Tomcat's own channel.
 * <p>
 * It overrides internals of Tomcat's NIO endpoint ({@code NioEndpoint.createChannel},
 * {@code NioChannel.reset/read/write}), which may change in any Tomcat release: checked
 * against Tomcat 11.0.22 (Spring Boot 4.0.7). After upgrading Tomcat, run
 * {@code TurnTakingChannelTest}, {@code HttpServerTest} and the benchmark again. It is used
 * while {@code lectern.tomcat.turn-taking} is true (the default, see
 * {@link TomcatConfiguration}); what it gains is measured in bench/README.md.
 */
public class TurnTakingHttp11NioProtocol extends Http11NioProtocol {

	public TurnTakingHttp11NioProtocol() {
		super(new TurnTakingEndpoint());
	}

	static final class TurnTakingEndpoint extends NioEndpoint {

		@Override
		protected NioChannel createChannel(SocketBufferHandler buffer) {
			return isSSLEnabled() ? super.createChannel(buffer) : new TurnTakingChannel(buffer);
		}

	}

	/** A channel whose first read after a write finds nothing, once. */
	static final class TurnTakingChannel extends NioChannel {

		private volatile boolean answered;

		TurnTakingChannel(SocketBufferHandler buffer) {
			super(buffer);
		}

		@Override
		public void reset(SocketChannel channel, NioEndpoint.NioSocketWrapper socketWrapper) throws IOException {
			this.answered = false;
			super.reset(channel, socketWrapper);
		}

		@Override
		public int write(ByteBuffer src) throws IOException {
			int written = super.write(src);
			if (written > 0) {
				this.answered = true;
			}
			return written;
		}

		@Override
		public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
			long written = super.write(srcs, offset, length);
			if (written > 0) {
				this.answered = true;
			}
			return written;
		}

		@Override
		public int read(ByteBuffer dst) throws IOException {
			if (this.answered) {
				this.answered = false;
				return 0;
			}
			return super.read(dst);
		}

	}

}
