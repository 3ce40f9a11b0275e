using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// The trained weights of <see cref="PerceptronTagger"/>: one flat array of quantised weights,
/// index = bucket × tag count + tag, plus the exact-match tag dictionary.
/// </summary>
/// <remarks>
/// File format (little-endian): an uncompressed header — magic "TQPT", format version, feature-set
/// version, buckets, tag count, scale, dictionary and lexicon sizes, payload length and an FNV-1a 64
/// checksum of the payload — followed by the Brotli-compressed payload: tag names, dictionary
/// entries, lexicon entries (ambiguity classes), then the
/// weights as two byte planes (low bytes, then high bytes), which compress far better than
/// interleaved 16-bit values.
/// </remarks>
public sealed class PerceptronModel
{
    /// <summary>Logical name of the model shipped inside the library.</summary>
    public const string ResourceName = "tagger/en-ewt-upos.bin";

    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "TQPT"u8.ToArray();
    private const int HeaderSize = 4 + 2 + 2 + 4 + 2 + 2 + 4 + 4 + 4 + 8 + 8;

    internal PerceptronModel(short[] weights, int buckets, float scale, IReadOnlyList<KeyValuePair<string, PosTag>> dictionary, IReadOnlyList<KeyValuePair<string, uint>> classes)
    {
        if (buckets <= 0 || (buckets & (buckets - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(buckets), buckets, "Buckets must be a power of two.");
        }

        if (weights.Length != (long)buckets * PosTagNames.Count)
        {
            throw new ArgumentException("Weight array does not match buckets × tags.", nameof(weights));
        }

        Weights = weights;
        Buckets = buckets;
        Scale = scale;
        Dictionary = new TagDictionary(dictionary);
        Classes = new WordClasses(classes);
    }

    /// <summary>Number of hash buckets (a power of two).</summary>
    public int Buckets { get; }

    public int TagCount => PosTagNames.Count;

    /// <summary>Quantised weight = averaged weight × Scale.</summary>
    public float Scale { get; }

    public int TagDictionarySize => Dictionary.Count;

    /// <summary>Forms with a known ambiguity class.</summary>
    public int LexiconSize => Classes.Count;

    internal short[] Weights { get; }

    internal TagDictionary Dictionary { get; }

    internal WordClasses Classes { get; }

    /// <summary>The tags a word took in training (bit t = tag t), whatever its case; 0 for a word the lexicon lacks.</summary>
    public uint ClassesOf(ReadOnlySpan<char> word) => Classes.Lookup(FeatureSet.WordHash(word));

    internal int BucketMask => Buckets - 1;

    /// <summary>Loads the model built into this library.</summary>
    public static PerceptronModel LoadEmbedded()
    {
        using var stream = typeof(PerceptronModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded tagger model '{ResourceName}' is missing from {typeof(PerceptronModel).Assembly.GetName().Name}.");
        return Load(stream, verifyChecksum: false);
    }

    public static PerceptronModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <exception cref="InvalidDataException">The stream is not a model this version can read.</exception>
    public static PerceptronModel Load(Stream stream) => Load(stream, verifyChecksum: true);

    /// <param name="verifyChecksum">
    /// False only for the model embedded in this assembly: a damaged copy of it would be a damaged
    /// assembly, and hashing its payload byte by byte cost a tenth of a one-article run. Model files
    /// (trained with tqa, read from a path) are always checked.
    /// </param>
    private static PerceptronModel Load(Stream stream, bool verifyChecksum)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a tagger model (bad magic).");
        }

        var format = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        var features = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
        var buckets = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var tagCount = BinaryPrimitives.ReadUInt16LittleEndian(header[12..]);
        var scale = BinaryPrimitives.ReadSingleLittleEndian(header[16..]);
        var dictionaryCount = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
        var classesCount = BinaryPrimitives.ReadInt32LittleEndian(header[24..]);
        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(header[28..]);
        var checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[36..]);
        if (format != FormatVersion)
        {
            throw new InvalidDataException($"Tagger model format {format} is not supported (expected {FormatVersion}).");
        }

        if (features != FeatureSet.Version)
        {
            throw new InvalidDataException($"Tagger model was trained with feature set {features}; this build uses {FeatureSet.Version}. Retrain it.");
        }

        if (tagCount != PosTagNames.Count || buckets <= 0 || (buckets & (buckets - 1)) != 0 || dictionaryCount < 0 || classesCount < 0
            || payloadLength < (long)buckets * tagCount * 2 || payloadLength > int.MaxValue)
        {
            throw new InvalidDataException("Tagger model header is inconsistent.");
        }

        var payload = new byte[payloadLength];
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            try
            {
                brotli.ReadExactly(payload);
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException("Tagger model is truncated.", e);
            }
            catch (InvalidOperationException e)
            {
                // BrotliStream's report of a corrupt stream.
                throw new InvalidDataException("Tagger model is corrupted.", e);
            }
        }

        if (verifyChecksum && FeatureHash.Checksum(payload) != checksum)
        {
            throw new InvalidDataException("Tagger model checksum mismatch (file corrupted).");
        }

        var reader = new PayloadReader(payload);
        for (var t = 0; t < tagCount; t++)
        {
            var name = reader.ReadString();
            if (name != PosTagNames.Name((PosTag)t))
            {
                throw new InvalidDataException($"Tagger model tag {t} is '{name}', expected '{PosTagNames.Name((PosTag)t)}'.");
            }
        }

        var dictionary = new KeyValuePair<string, PosTag>[dictionaryCount];
        for (var i = 0; i < dictionaryCount; i++)
        {
            var form = reader.ReadString();
            var tag = reader.ReadByte();
            if (tag >= tagCount)
            {
                throw new InvalidDataException("Tagger model dictionary has an unknown tag.");
            }

            dictionary[i] = new(form, (PosTag)tag);
        }

        var classes = new KeyValuePair<string, uint>[classesCount];
        for (var i = 0; i < classesCount; i++)
        {
            var form = reader.ReadString();
            var mask = BinaryPrimitives.ReadUInt32LittleEndian(reader.ReadBytes(4));
            classes[i] = new(form, mask);
        }

        var count = buckets * tagCount;
        var planes = reader.ReadBytes(count * 2);
        var weights = new short[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = (short)(planes[i] | (planes[count + i] << 8));
        }

        return new PerceptronModel(weights, buckets, scale, dictionary, classes);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public void Save(Stream stream)
    {
        var payload = new MemoryStream();
        foreach (var name in Enumerable.Range(0, PosTagNames.Count).Select(t => PosTagNames.Name((PosTag)t)))
        {
            WriteString(payload, name);
        }

        foreach (var (form, tag) in Dictionary.Entries)
        {
            WriteString(payload, form);
            payload.WriteByte((byte)tag);
        }

        Span<byte> mask = stackalloc byte[4];
        foreach (var (form, classes) in Classes.Entries)
        {
            WriteString(payload, form);
            BinaryPrimitives.WriteUInt32LittleEndian(mask, classes);
            payload.Write(mask);
        }

        var count = Weights.Length;
        var planes = new byte[count * 2];
        for (var i = 0; i < count; i++)
        {
            planes[i] = (byte)Weights[i];
            planes[count + i] = (byte)(Weights[i] >> 8);
        }

        payload.Write(planes);
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);

        Span<byte> header = stackalloc byte[HeaderSize];
        header.Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], FeatureSet.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Buckets);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], (ushort)TagCount);
        BinaryPrimitives.WriteSingleLittleEndian(header[16..], Scale);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], Dictionary.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], Classes.Count);
        BinaryPrimitives.WriteInt64LittleEndian(header[28..], bytes.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[36..], FeatureHash.Checksum(bytes));
        stream.Write(header);

        // Quality 9: close to 11's ratio on this data at a fraction of its time.
        using var output = new BrotliStream(stream, new BrotliCompressionOptions { Quality = 9 }, leaveOpen: true);
        output.Write(bytes);
    }

    private static void WriteString(Stream stream, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        if (bytes.Length > ushort.MaxValue)
        {
            throw new InvalidOperationException("Dictionary form too long.");
        }

        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }

    /// <summary>Bounds-checked cursor over the decompressed payload.</summary>
    private sealed class PayloadReader(byte[] data)
    {
        private int _position;

        public byte ReadByte() => ReadBytes(1)[0];

        public string ReadString()
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(ReadBytes(2));
            return Encoding.UTF8.GetString(ReadBytes(length));
        }

        public ReadOnlySpan<byte> ReadBytes(int count)
        {
            if (count < 0 || _position + (long)count > data.Length)
            {
                throw new InvalidDataException("Tagger model payload is truncated.");
            }

            var span = data.AsSpan(_position, count);
            _position += count;
            return span;
        }
    }
}
