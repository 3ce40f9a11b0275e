using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Translation.Quality.Config;

namespace Translation.Quality.Translator;

/// <summary>Which articles go to the Translator; the verify stage and the estimate decide alike.</summary>
public static class VerifyScopes
{
    /// <param name="findings">What the rule packs found in the article (only <c>flagged</c> looks).</param>
    public static bool Includes(TranslatorOptions options, string articleId, int findings, out string reason)
    {
        reason = string.Empty;
        switch (options.Scope)
        {
            case VerifyScope.All:
                return true;
            case VerifyScope.Flagged when findings > 0:
                return true;
            case VerifyScope.Flagged:
                reason = "skipped: not in scope (translator.scope is flagged and the rules found nothing)";
                return false;
            default:
                if (Sampled(articleId, options.SampleRate))
                {
                    return true;
                }

                reason = string.Create(CultureInfo.InvariantCulture, $"skipped: not in the sample (translator.scope is sample, sampleRate {options.SampleRate})");
                return false;
        }
    }

    /// <summary>Stable per article id, so reruns sample the same articles (and hit the cache).</summary>
    public static bool Sampled(string id, double rate)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return BitConverter.ToUInt64(hash) / (double)ulong.MaxValue < rate;
    }
}
