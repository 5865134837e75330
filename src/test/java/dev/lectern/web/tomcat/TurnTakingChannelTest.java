package dev.lectern.web.tomcat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

import org.apache.tomcat.util.net.SocketBufferHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection side of {@link TurnTakingHttp11NioProtocol}, on a real loopback socket pair. */
class TurnTakingChannelTest {

	private ServerSocketChannel listener;

	private SocketChannel client;

	private SocketChannel server;

	private TurnTakingHttp11NioProtocol.TurnTakingChannel channel;

	@BeforeEach
	void connect() throws IOException {
		this.listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		this.client = SocketChannel.open(this.listener.getLocalAddress());
		this.server = this.listener.accept();
		this.server.configureBlocking(false);
		this.channel = new TurnTakingHttp11NioProtocol.TurnTakingChannel(new SocketBufferHandler(1024, 1024, false));
		this.channel.reset(this.server, null);
	}

	@AfterEach
	void close() throws IOException {
		this.client.close();
		this.server.close();
		this.listener.close();
	}

	@Test
	void aRequestIsReadAtOnceOnAFreshConnection() throws IOException {
		send("GET /one");
		assertThat(readOnce()).isEqualTo("GET /one");
	}

	@Test
	void afterAnAnswerTheNextRequestWaitsOneTurnThenIsReadWhole() throws IOException {
		send("GET /one");
		assertThat(readOnce()).isEqualTo("GET /one");
		this.channel.write(ByteBuffer.wrap("200 one".getBytes(StandardCharsets.US_ASCII)));
		send("GET /two");

		assertThat(readOnce()).as("the first read after an answer finds nothing, though the request is there").isEmpty();
		assertThat(readOnce()).isEqualTo("GET /two");
	}

	@Test
	void anAnswerWrittenInPiecesStillCostsOneTurnOnly() throws IOException {
		ByteBuffer[] pieces = { ByteBuffer.wrap("200 ".getBytes(StandardCharsets.US_ASCII)),
				ByteBuffer.wrap("two".getBytes(StandardCharsets.US_ASCII)) };
		this.channel.write(pieces, 0, pieces.length);
		this.channel.write(ByteBuffer.wrap("!".getBytes(StandardCharsets.US_ASCII)));
		send("GET /three");

		assertThat(readOnce()).isEmpty();
		assertThat(readOnce()).isEqualTo("GET /three");
	}

	@Test
	void aRecycledChannelStartsFresh() throws IOException {
		this.channel.write(ByteBuffer.wrap("200 one".getBytes(StandardCharsets.US_ASCII)));
		this.channel.reset(this.server, null);
		send("GET /four");
		assertThat(readOnce()).isEqualTo("GET /four");
	}

	@Test
	void theEndOfTheConnectionIsStillSeen() throws IOException {
		this.channel.write(ByteBuffer.wrap("200 one".getBytes(StandardCharsets.US_ASCII)));
		this.client.shutdownOutput();
		assertThat(this.channel.read(ByteBuffer.allocate(64))).isZero();
		assertThat(readUntilSomething(ByteBuffer.allocate(64))).isEqualTo(-1);
	}

	/** Sends from the client's side and waits until the server's side has the bytes to read. */
	private void send(String text) throws IOException {
		this.client.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
		try (Selector selector = Selector.open()) {
			SelectionKey key = this.server.register(selector, SelectionKey.OP_READ);
			assertThat(selector.select(5000)).as("the bytes arrived").isEqualTo(1);
			key.cancel();
		}
	}

	/** One read on the channel: what it returned, or "" for nothing. */
	private String readOnce() throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(64);
		int read = this.channel.read(buffer);
		if (read == 0) {
			return "";
		}
		return new String(buffer.array(), 0, read, StandardCharsets.US_ASCII);
	}

	private int readUntilSomething(ByteBuffer buffer) throws IOException {
		int read = this.channel.read(buffer);
		for (int tries = 0; read == 0 && tries < 500; tries++) {
			LockSupport.parkNanos(10_000_000);
			read = this.channel.read(buffer);
		}
		return read;
	}

}
