using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron UPOS tagger over hashed features. Immutable after
/// construction, so one instance serves every worker thread; tagging allocates nothing for
/// sentences up to <see cref="StackTokens"/> tokens (longer ones rent a pooled buffer).
/// </summary>
public sealed class PerceptronTagger : IPosTagger
{
    private const int StackTokens = 128;

    private static readonly Lazy<PerceptronTagger> DefaultTagger = new(() => new PerceptronTagger(PerceptronModel.LoadEmbedded()));

    private readonly short[] _weights;
    private readonly int _bucketMask;
    private readonly TagDictionary _dictionary;
    private readonly WordClasses _classes;

    public PerceptronTagger(PerceptronModel model)
    {
        Model = model;
        _weights = model.Weights;
        _bucketMask = model.BucketMask;
        _dictionary = model.Dictionary;
        _classes = model.Classes;
    }

    /// <summary>The tagger with the model shipped in this library (trained on UD English EWT), loaded on first use.</summary>
    public static PerceptronTagger Default => DefaultTagger.Value;

    public PerceptronModel Model { get; }

    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<PosTag> tags)
    {
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException("The tag span is shorter than the token span.", nameof(tags));
        }

        if (tokens.Length == 0)
        {
            return;
        }

        TokenFeatures[]? rented = null;
        var features = tokens.Length <= StackTokens
            ? stackalloc TokenFeatures[tokens.Length]
            : (rented = ArrayPool<TokenFeatures>.Shared.Rent(tokens.Length)).AsSpan(0, tokens.Length);
        try
        {
            FeatureSet.Analyze(text, tokens, _dictionary, _classes, features);
            Span<int> offsets = stackalloc int[FeatureSet.MaxFeatures];
            int prev = -1, prev2 = -1;
            for (var i = 0; i < features.Length; i++)
            {
                int tag = features[i].DictionaryTag;
                if (tag < 0)
                {
                    var count = FeatureSet.Extract(features, i, prev, prev2, _bucketMask, offsets);
                    tag = Best(offsets[..count]);
                }

                tags[i] = (PosTag)tag;
                prev2 = prev;
                prev = tag;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<TokenFeatures>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Tags a sentence into a new array (convenience for callers outside hot paths).</summary>
    public PosTag[] Tag(string text, ReadOnlySpan<Token> tokens)
    {
        var tags = new PosTag[tokens.Length];
        Tag(text, tokens, tags);
        return tags;
    }

    /// <summary>Sums the 17 weights of each feature and returns the best tag.</summary>
    private int Best(ReadOnlySpan<int> offsets)
    {
        ref var w = ref MemoryMarshal.GetArrayDataReference(_weights);
        Span<int> scores = stackalloc int[PosTagNames.Count];
        if (Vector256.IsHardwareAccelerated)
        {
            // Tags 0–15 in one 256-bit load, widened to two int vectors; tag 16 on its own.
            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            var last = 0;
            foreach (var offset in offsets)
            {
                var (l, h) = Vector256.Widen(Vector256.LoadUnsafe(ref w, (nuint)offset));
                low += l;
                high += h;
                last += Unsafe.Add(ref w, offset + 16);
            }

            low.CopyTo(scores);
            high.CopyTo(scores[8..]);
            scores[16] = last;
        }
        else
        {
            foreach (var offset in offsets)
            {
                for (var t = 0; t < scores.Length; t++)
                {
                    scores[t] += Unsafe.Add(ref w, offset + t);
                }
            }
        }

        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return best;
    }
}
