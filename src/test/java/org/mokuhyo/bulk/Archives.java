package org.mokuhyo.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.mokuhyo.importer.SeedFixture;

/**
 * Zips of sheets for the tests: the seed with another department's name, and files that are no sheet; zips written
 * byte by byte ({@link #crafted}) for what no zip library writes: a directory naming one file's bytes many times,
 * a name twice, sizes that lie.
 */
public final class Archives {

	private Archives() {
	}

	/** The seed sheet as department {@code department}'s. */
	public static byte[] sheet(String department) {
		return SeedFixture.text()
			.replace("部局\t市民協働部\t補職\t部長\t氏名\t宮城 節子", "部局\t" + department + "\t補職\t部長\t氏名\t山田 太郎")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Entries in the order given, names in {@code names} (cp932 as Japanese Windows writes them, or UTF-8). */
	public static byte[] zip(Map<String, byte[]> entries, Charset names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static Map<String, byte[]> entries() {
		return new LinkedHashMap<>();
	}

	/**
	 * A file's bytes as a zip holds them: raw deflate, its CRC, and the size a directory declares (the truth, or a
	 * lie).
	 */
	public record Stored(byte[] data, long crc, long realSize, long declaredSize, int method, int flags) {

		Stored(byte[] data, long crc, long realSize, long declaredSize) {
			this(data, crc, realSize, declaredSize, 8, 1 << 11);
		}

		public Stored declaring(long size) {
			return new Stored(data, crc, realSize, size, method, flags);
		}

		/** The same bytes said to be compressed by another method (12 = bzip2), or encrypted (flag bit 0). */
		public Stored as(int otherMethod, int otherFlags) {
			return new Stored(data, crc, realSize, declaredSize, otherMethod, otherFlags);
		}

		public Stored withCrc(long otherCrc) {
			return new Stored(data, otherCrc, realSize, declaredSize, method, flags);
		}
	}

	/** {@code megabytes} MB of zeros, deflated (some KB), declaring its true size. */
	public static Stored zeros(int megabytes) {
		byte[] block = new byte[1024 * 1024];
		CRC32 crc = new CRC32();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION, true))) {
			for (int i = 0; i < megabytes; i++) {
				deflate.write(block);
				crc.update(block);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long size = (long) megabytes * block.length;
		return new Stored(out.toByteArray(), crc.getValue(), size, size);
	}

	/** Any bytes, deflated. */
	public static Stored deflated(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
			deflate.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CRC32 crc = new CRC32();
		crc.update(content);
		return new Stored(out.toByteArray(), crc.getValue(), content.length, content.length);
	}

	/** Two files of the same name, each a sheet (of two departments). */
	public static byte[] sameNameTwice(String one, String other) {
		return crafted(List.of(deflated(sheet(one)), deflated(sheet(other))),
				List.of(new Pointer("a.txt", 0), new Pointer("a.txt", 1)));
	}

	/** One directory entry: its name and which of the stored files (by index) it points at. */
	public record Pointer(String name, int file) {
	}

	/**
	 * A zip written byte by byte: each stored file once (a local header named after the first pointer to it), then a
	 * central directory of {@code pointers}, which may name one file's bytes many times, or one name twice.
	 */
	public static byte[] crafted(List<Stored> files, List<Pointer> pointers) {
		ByteBuffer zip = ByteBuffer.allocate(1 << 24).order(ByteOrder.LITTLE_ENDIAN);
		long[] offsets = new long[files.size()];
		for (int i = 0; i < files.size(); i++) {
			int index = i;
			String name = pointers.stream().filter(p -> p.file() == index).findFirst().orElseThrow().name();
			byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
			Stored file = files.get(i);
			offsets[i] = zip.position();
			zip.putInt(0x04034b50).putShort((short) 20).putShort((short) file.flags()).putShort((short) file.method())
				.putInt(0).putInt((int) file.crc()).putInt(file.data().length).putInt((int) file.declaredSize())
				.putShort((short) nameBytes.length).putShort((short) 0).put(nameBytes).put(file.data());
		}
		int directory = zip.position();
		for (Pointer pointer : pointers) {
			byte[] nameBytes = pointer.name().getBytes(StandardCharsets.UTF_8);
			Stored file = files.get(pointer.file());
			zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) file.flags())
				.putShort((short) file.method()).putInt(0).putInt((int) file.crc()).putInt(file.data().length)
				.putInt((int) file.declaredSize()).putShort((short) nameBytes.length).putShort((short) 0)
				.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
				.putInt((int) offsets[pointer.file()]).put(nameBytes);
		}
		int end = zip.position();
		zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) pointers.size())
			.putShort((short) pointers.size()).putInt(end - directory).putInt(directory).putShort((short) 0);
		return Arrays.copyOf(zip.array(), zip.position());
	}

	/** The archive: one 10 MB file (deflated to some KB) that the directory names 50 times. */
	public static byte[] fiftyNamesForOneFile() {
		List<Pointer> pointers = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			pointers.add(new Pointer("copy" + i + ".txt", 0));
		}
		return crafted(List.of(zeros(10)), pointers);
	}

	/**
	 * A zip bomb within every per-file limit: 25 files of 9 MB of zeros each (225 MB in all, 250 KB zipped), each
	 * declaring its true size, or 1 KB when {@code lying}.
	 */
	public static byte[] bomb(boolean lying) {
		Stored nine = zeros(9);
		Stored stored = lying ? nine.declaring(1024) : nine;
		List<Stored> files = new ArrayList<>();
		List<Pointer> pointers = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			files.add(stored);
			pointers.add(new Pointer("part" + i + ".txt", i));
		}
		return crafted(files, pointers);
	}
}
