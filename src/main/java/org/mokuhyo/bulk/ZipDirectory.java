package org.mokuhyo.bulk;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A zip's central directory, read here rather than by {@code java.util.zip.ZipFile}, because that class trusts it:
 * fifty directory entries may name the same bytes (each inflating to the same 10 MB), or the same name twice. Every
 * entry's local header is read too, so each entry's bytes are known as a range of the file, and the ranges must not
 * meet. The sizes the directory declares bound only what is read of the file ({@link #open} stops at the compressed
 * size); what an entry inflates to is measured by whoever reads it. ZIP64 is understood; a zip that begins with
 * other bytes (a self-extractor) is not (archives are recognised by their first bytes).
 */
final class ZipDirectory implements AutoCloseable {

	/** More directory entries than this is refused before they are read (folders and junk count too). */
	static final int MAX_ENTRIES = 3 * ArchiveReader.MAX_FILES;

	/** 30,000 entries with names of 1,000 bytes: a real directory is far smaller. */
	private static final long MAX_DIRECTORY_BYTES = 32L * 1024 * 1024;

	private static final int LOCAL = 0x04034b50;

	private static final int CENTRAL = 0x02014b50;

	private static final int END = 0x06054b50;

	private static final int END64_LOCATOR = 0x07064b50;

	private static final int END64 = 0x06064b50;

	private static final Charset WINDOWS_JAPANESE = Charset.forName("windows-31j");

	/**
	 * One entry: {@code data} is where its (compressed) bytes start, {@code compressedSize} how many there are.
	 *
	 * @param flags the general purpose bits (bit 0: encrypted, bit 11: UTF-8 name)
	 */
	record Entry(String name, int flags, int method, long crc, long compressedSize, long declaredSize, long header,
			long data) {

		boolean directory() {
			return name.endsWith("/");
		}

		boolean encrypted() {
			return (flags & 1) != 0;
		}

		long end() {
			return data + compressedSize;
		}
	}

	private final FileChannel file;

	private final List<Entry> entries;

	private ZipDirectory(FileChannel file, List<Entry> entries) {
		this.file = file;
		this.entries = entries;
	}

	/**
	 * Reads the directory and checks it.
	 *
	 * @throws ArchiveException UNREADABLE_ZIP (no directory, or one that points outside the file), TOO_MANY_FILES,
	 *                          DUPLICATE_ENTRY (a name twice), OVERLAPPING_ENTRIES (two entries' bytes meet)
	 */
	static ZipDirectory read(Path path) {
		FileChannel file;
		try {
			file = FileChannel.open(path, StandardOpenOption.READ);
		}
		catch (IOException ex) {
			throw ArchiveReader.unreadableZip();
		}
		try {
			List<Entry> entries = entries(file);
			checkNames(entries);
			checkRanges(entries);
			return new ZipDirectory(file, entries);
		}
		catch (IOException | RuntimeException ex) {
			close(file);
			throw ex instanceof ArchiveException archive ? archive : ArchiveReader.unreadableZip();
		}
	}

	List<Entry> entries() {
		return entries;
	}

	/**
	 * The entry's bytes as stored (method 0) or inflated (method 8), reading no more of the file than its
	 * compressed size.
	 *
	 * @throws IllegalStateException for another method (the caller refuses those first)
	 */
	InputStream open(Entry entry) {
		InputStream stored = new RangeStream(file, entry.data(), entry.compressedSize());
		return switch (entry.method()) {
			case 0 -> stored;
			case 8 -> new RawInflaterStream(stored);
			default -> throw new IllegalStateException("method " + entry.method());
		};
	}

	@Override
	public void close() {
		close(file);
	}

	private static void close(FileChannel file) {
		try {
			file.close();
		}
		catch (IOException ex) {
			// a file opened for reading only: nothing was written that closing could lose
		}
	}

	private static List<Entry> entries(FileChannel file) throws IOException {
		long size = file.size();
		int tailLength = (int) Math.min(size, 22 + 0xFFFF);
		ByteBuffer tail = read(file, size - tailLength, tailLength);
		int end = -1;
		for (int at = tailLength - 22; at >= 0; at--) {
			if (tail.getInt(at) == END) {
				end = at;
				break;
			}
		}
		if (end < 0) {
			throw ArchiveReader.unreadableZip();
		}
		long count = tail.getShort(end + 10) & 0xFFFF;
		long directorySize = tail.getInt(end + 12) & 0xFFFFFFFFL;
		long directoryStart = tail.getInt(end + 16) & 0xFFFFFFFFL;
		long endAt = size - tailLength + end;
		if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryStart == 0xFFFFFFFFL) {
			if (endAt >= 20) {
				ByteBuffer locator = read(file, endAt - 20, 20);
				if (locator.getInt(0) == END64_LOCATOR) {
					ByteBuffer end64 = read(file, locator.getLong(8), 56);
					if (end64.getInt(0) != END64) {
						throw ArchiveReader.unreadableZip();
					}
					count = end64.getLong(32);
					directorySize = end64.getLong(40);
					directoryStart = end64.getLong(48);
					endAt = locator.getLong(8);
				}
			}
		}
		if (count > MAX_ENTRIES) {
			throw ArchiveReader.tooMany();
		}
		if (directoryStart < 0 || directorySize < 0 || directoryStart + directorySize > endAt
				|| directorySize > MAX_DIRECTORY_BYTES) {
			throw ArchiveReader.unreadableZip();
		}
		ByteBuffer directory = read(file, directoryStart, (int) directorySize);
		List<Entry> entries = new ArrayList<>((int) count);
		int at = 0;
		for (long i = 0; i < count; i++) {
			if (at + 46 > directory.limit() || directory.getInt(at) != CENTRAL) {
				throw ArchiveReader.unreadableZip();
			}
			int flags = directory.getShort(at + 8) & 0xFFFF;
			int method = directory.getShort(at + 10) & 0xFFFF;
			long crc = directory.getInt(at + 16) & 0xFFFFFFFFL;
			long compressed = directory.getInt(at + 20) & 0xFFFFFFFFL;
			long declared = directory.getInt(at + 24) & 0xFFFFFFFFL;
			int nameLength = directory.getShort(at + 28) & 0xFFFF;
			int extraLength = directory.getShort(at + 30) & 0xFFFF;
			int commentLength = directory.getShort(at + 32) & 0xFFFF;
			long header = directory.getInt(at + 42) & 0xFFFFFFFFL;
			int next = at + 46 + nameLength + extraLength + commentLength;
			if (next > directory.limit()) {
				throw ArchiveReader.unreadableZip();
			}
			byte[] nameBytes = new byte[nameLength];
			directory.get(at + 46, nameBytes);
			// ZIP64: the fields that do not fit are 0xFFFFFFFF here and follow in the extra field 0x0001, in order
			int extra = at + 46 + nameLength;
			for (int e = extra; e + 4 <= extra + extraLength;) {
				int id = directory.getShort(e) & 0xFFFF;
				int length = directory.getShort(e + 2) & 0xFFFF;
				if (id == 1) {
					int v = e + 4;
					int stop = Math.min(e + 4 + length, extra + extraLength);
					if (declared == 0xFFFFFFFFL && v + 8 <= stop) {
						declared = directory.getLong(v);
						v += 8;
					}
					if (compressed == 0xFFFFFFFFL && v + 8 <= stop) {
						compressed = directory.getLong(v);
						v += 8;
					}
					if (header == 0xFFFFFFFFL && v + 8 <= stop) {
						header = directory.getLong(v);
					}
				}
				e += 4 + length;
			}
			if (compressed < 0 || header < 0 || header + 30 > directoryStart) {
				throw ArchiveReader.unreadableZip();
			}
			ByteBuffer local = read(file, header, 30);
			if (local.getInt(0) != LOCAL) {
				throw ArchiveReader.unreadableZip();
			}
			long data = header + 30 + (local.getShort(26) & 0xFFFF) + (local.getShort(28) & 0xFFFF);
			if (compressed > directoryStart - data) {
				throw ArchiveReader.unreadableZip(); // its bytes would run into the directory
			}
			entries.add(new Entry(name(nameBytes, flags), flags, method, crc, compressed, declared, header, data));
			at = next;
		}
		return entries;
	}

	/** UTF-8 when flagged or when it decodes as such; otherwise cp932, which Japanese Windows writes unflagged. */
	private static String name(byte[] bytes, int flags) {
		Charset charset = (flags & (1 << 11)) != 0 ? StandardCharsets.UTF_8 : strictUtf8(bytes);
		return new String(bytes, charset).replace('\\', '/');
	}

	private static Charset strictUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return WINDOWS_JAPANESE;
		}
	}

	private static void checkNames(List<Entry> entries) {
		Set<String> names = new HashSet<>();
		for (Entry entry : entries) {
			if (!names.add(entry.name())) {
				throw new ArchiveException("DUPLICATE_ENTRY", "ZIP の中に同じ名前のファイルが2回あります（" + entry.name()
						+ "）。正しく作られた ZIP ではないため、取り込みません。作り直してください。");
			}
		}
	}

	/** No two entries' bytes may meet, and none may reach into the directory. */
	private static void checkRanges(List<Entry> entries) {
		List<Entry> byStart = new ArrayList<>(entries);
		byStart.sort(Comparator.comparingLong(Entry::header));
		Entry previous = null;
		for (Entry entry : byStart) {
			if (previous != null && entry.header() < previous.end()) {
				throw new ArchiveException("OVERLAPPING_ENTRIES", "ZIP の中で複数のファイルが同じデータを指しています（"
						+ previous.name() + " と " + entry.name() + "）。展開すると何倍にも膨らむよう細工された ZIP の形のため、取り込みません。");
			}
			previous = entry;
		}
	}

	private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
		if (position < 0 || position + length > file.size()) {
			throw ArchiveReader.unreadableZip();
		}
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (file.read(buffer, position + buffer.position()) < 0) {
				throw new EOFException();
			}
		}
		return buffer.flip();
	}

	/** Part of the file, read by position (so several may be open on one channel). */
	private static final class RangeStream extends InputStream {

		private final FileChannel file;

		private long position;

		private long left;

		RangeStream(FileChannel file, long start, long length) {
			this.file = file;
			this.position = start;
			this.left = length;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (left <= 0) {
				return -1;
			}
			int read = file.read(ByteBuffer.wrap(bytes, offset, (int) Math.min(length, left)), position);
			if (read < 0) {
				throw new EOFException();
			}
			position += read;
			left -= read;
			return read;
		}
	}

	/**
	 * Raw deflate, as zips hold it. The inflater without its zlib wrapper may ask for one byte past the data: it
	 * gets a dummy one, as {@code ZipFile} gives it.
	 */
	private static final class RawInflaterStream extends InflaterInputStream {

		private boolean dummyGiven;

		RawInflaterStream(InputStream in) {
			super(in, new Inflater(true), 8192);
		}

		@Override
		protected void fill() throws IOException {
			len = in.read(buf, 0, buf.length);
			if (len == -1) {
				if (dummyGiven) {
					throw new EOFException();
				}
				dummyGiven = true;
				buf[0] = 0;
				len = 1;
			}
			inf.setInput(buf, 0, len);
		}

		@Override
		public void close() throws IOException {
			super.close();
			inf.end(); // not the default inflater: super.close() leaves it
		}
	}
}
