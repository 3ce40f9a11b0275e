using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Translation.Quality.Tagging;
using Translation.Quality.Text;

namespace Translation.Quality.WordOrder;

/// <summary>
/// The trained word-order model: a vocabulary of frequent word forms, a trigram model over word
/// units (a frequent form, or for any other word its POS tag and capitalisation) and a trigram
/// model over POS tags. Immutable; one instance serves every thread.
/// </summary>
/// <remarks>
/// File format (little-endian): magic "TQWO", format version (u16), payload length (i64), FNV-1a 64
/// checksum of the payload, then the Brotli-compressed payload: the vocabulary (count, then
/// length-prefixed UTF-8 forms in id order), then for the unit model and the tag model: alphabet
/// size, unigram counts, and the bigram and trigram tables as sorted keys (delta-coded varints)
/// with varint counts.
/// </remarks>
public sealed class WordOrderModel
{
    /// <summary>Logical name of the model shipped inside the library.</summary>
    public const string ResourceName = "wordorder/en-wordorder.bin";

    public const int FormatVersion = 1;

    internal const int Bos = 0;
    internal const int Eos = 1;

    /// <summary>Unit ids 2.. are POS-tag classes (tag × 2 + capitalised); words start after them.</summary>
    internal const int FirstClass = 2;
    internal const int FirstWord = FirstClass + PosTagNames.Count * 2;

    private static readonly byte[] Magic = "TQWO"u8.ToArray();
    private const int HeaderSize = 4 + 2 + 8 + 8;

    private static readonly Lazy<WordOrderModel> DefaultModel = new(LoadEmbedded);

    private readonly ulong[] _wordKeys;
    private readonly int[] _wordIds;
    private readonly int _wordMask;

    internal WordOrderModel(IReadOnlyList<string> vocabulary, NgramModel units, NgramModel tags)
    {
        Vocabulary = vocabulary;
        Units = units;
        Tags = tags;
        var size = 16;
        while (size < vocabulary.Count * 2)
        {
            size <<= 1;
        }

        _wordKeys = new ulong[size];
        _wordIds = new int[size];
        _wordMask = size - 1;
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var key = Key(FeatureSet.WordHash(vocabulary[i]));
            var slot = (int)(key & (uint)_wordMask);
            while (_wordKeys[slot] != 0 && _wordKeys[slot] != key)
            {
                slot = (slot + 1) & _wordMask;
            }

            _wordKeys[slot] = key;
            _wordIds[slot] = FirstWord + i;
        }
    }

    /// <summary>The model built into this library, loaded on first use.</summary>
    public static WordOrderModel Default => DefaultModel.Value;

    /// <summary>Normalised word forms (lower case, digits as 0) with their own unit, in id order.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    internal NgramModel Units { get; }

    internal NgramModel Tags { get; }

    public int UnitBigrams => Units.Bigrams.Count;

    public int UnitTrigrams => Units.Trigrams.Count;

    /// <summary>The unit of a token: its word's id when frequent, else its tag class.</summary>
    internal int Unit(ReadOnlySpan<char> form, PosTag tag)
    {
        var key = Key(FeatureSet.WordHash(form));
        var slot = (int)(key & (uint)_wordMask);
        while (true)
        {
            var k = _wordKeys[slot];
            if (k == key)
            {
                return _wordIds[slot];
            }

            if (k == 0)
            {
                var capitalised = form.Length > 0 && char.IsUpper(form[0]) ? 1 : 0;
                return FirstClass + ((int)tag * 2) + capitalised;
            }

            slot = (slot + 1) & _wordMask;
        }
    }

    internal static int TagSymbol(PosTag tag) => FirstClass + (int)tag;

    public static WordOrderModel LoadEmbedded()
    {
        using var stream = typeof(WordOrderModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded word-order model '{ResourceName}' is missing from {typeof(WordOrderModel).Assembly.GetName().Name}.");
        return Load(stream, verifyChecksum: false);
    }

    public static WordOrderModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <exception cref="InvalidDataException">The stream is not a model this version can read.</exception>
    public static WordOrderModel Load(Stream stream) => Load(stream, verifyChecksum: true);

    /// <param name="verifyChecksum">
    /// False only for the model embedded in this assembly: a damaged copy of it would be a damaged
    /// assembly, and hashing its payload byte by byte cost a tenth of a one-article run. Model files
    /// (trained with tqa, read from a path) are always checked.
    /// </param>
    private static WordOrderModel Load(Stream stream, bool verifyChecksum)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        try
        {
            stream.ReadExactly(header);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Word-order model is truncated.", e);
        }

        if (!header[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a word-order model (bad magic).");
        }

        var format = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        var length = BinaryPrimitives.ReadInt64LittleEndian(header[6..]);
        var checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[14..]);
        if (format != FormatVersion)
        {
            throw new InvalidDataException($"Word-order model format {format} is not supported (expected {FormatVersion}).");
        }

        if (length is <= 0 or > int.MaxValue)
        {
            throw new InvalidDataException("Word-order model header is inconsistent.");
        }

        var payload = new byte[length];
        using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            try
            {
                brotli.ReadExactly(payload);
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException("Word-order model is truncated.", e);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidDataException("Word-order model is corrupted.", e);
            }
        }

        if (verifyChecksum && FeatureHash.Checksum(payload) != checksum)
        {
            throw new InvalidDataException("Word-order model checksum mismatch (file corrupted).");
        }

        var reader = new Reader(payload);
        var words = reader.Int();
        var vocabulary = new string[words];
        for (var i = 0; i < words; i++)
        {
            vocabulary[i] = reader.String();
        }

        var units = ReadModel(reader, FirstWord + words);
        var tags = ReadModel(reader, FirstClass + PosTagNames.Count);
        return new WordOrderModel(vocabulary, units, tags);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public void Save(Stream stream)
    {
        var payload = new MemoryStream();
        WriteVarint(payload, (ulong)Vocabulary.Count);
        foreach (var form in Vocabulary)
        {
            var bytes = Encoding.UTF8.GetBytes(form);
            WriteVarint(payload, (ulong)bytes.Length);
            payload.Write(bytes);
        }

        WriteModel(payload, Units);
        WriteModel(payload, Tags);
        var data = payload.GetBuffer().AsSpan(0, (int)payload.Length);

        Span<byte> header = stackalloc byte[HeaderSize];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header[6..], data.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[14..], FeatureHash.Checksum(data));
        stream.Write(header);
        using var output = new BrotliStream(stream, new BrotliCompressionOptions { Quality = 11 }, leaveOpen: true);
        output.Write(data);
    }

    private static void WriteModel(Stream s, NgramModel model)
    {
        WriteVarint(s, (ulong)model.Symbols);
        foreach (var c in model.Unigrams)
        {
            WriteVarint(s, (ulong)c);
        }

        WriteTable(s, model.Bigrams);
        WriteTable(s, model.Trigrams);
    }

    private static void WriteTable(Stream s, IReadOnlyList<(ulong Key, int Count)> table)
    {
        var sorted = table.OrderBy(e => e.Key).ToArray();
        WriteVarint(s, (ulong)sorted.Length);
        var previous = 0UL;
        foreach (var (key, _) in sorted)
        {
            WriteVarint(s, key - previous);
            previous = key;
        }

        foreach (var (_, count) in sorted)
        {
            WriteVarint(s, (ulong)count);
        }
    }

    private static NgramModel ReadModel(Reader reader, int expectedSymbols)
    {
        var symbols = reader.Int();
        if (symbols != expectedSymbols)
        {
            throw new InvalidDataException($"Word-order model has {symbols} symbols where {expectedSymbols} were expected.");
        }

        var unigrams = new int[symbols];
        for (var i = 0; i < symbols; i++)
        {
            unigrams[i] = reader.Int();
        }

        return new NgramModel(symbols, unigrams, ReadTable(reader, symbols, 2), ReadTable(reader, symbols, 3));
    }

    private static (ulong Key, int Count)[] ReadTable(Reader reader, int symbols, int order)
    {
        var n = reader.Int();
        var table = new (ulong Key, int Count)[n];
        var key = 0UL;
        for (var i = 0; i < n; i++)
        {
            key += reader.Varint();
            var outside = order == 2
                ? NgramModel.Unpack2(key) is var (a2, b2) && (a2 >= symbols || b2 >= symbols)
                : NgramModel.Unpack3(key) is var (a3, b3, c3) && (a3 >= symbols || b3 >= symbols || c3 >= symbols);
            if (key == 0 || outside)
            {
                throw new InvalidDataException("Word-order model has an n-gram with an unknown symbol.");
            }

            table[i].Key = key;
        }

        for (var i = 0; i < n; i++)
        {
            table[i].Count = reader.Int();
        }

        return table;
    }

    private static void WriteVarint(Stream s, ulong value)
    {
        while (value >= 0x80)
        {
            s.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        s.WriteByte((byte)value);
    }

    private static ulong Key(ulong hash) => hash == 0 ? 1 : hash;

    /// <summary>Bounds-checked cursor over the payload.</summary>
    private sealed class Reader(byte[] data)
    {
        private int _position;

        public ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                if (_position >= data.Length)
                {
                    throw new InvalidDataException("Word-order model payload is truncated.");
                }

                var b = data[_position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("Word-order model payload has a malformed number.");
        }

        public int Int()
        {
            var v = Varint();
            return v > int.MaxValue ? throw new InvalidDataException("Word-order model payload has a number out of range.") : (int)v;
        }

        public string String()
        {
            var length = Int();
            if (_position + (long)length > data.Length)
            {
                throw new InvalidDataException("Word-order model payload is truncated.");
            }

            var s = Encoding.UTF8.GetString(data, _position, length);
            _position += length;
            return s;
        }
    }
}
