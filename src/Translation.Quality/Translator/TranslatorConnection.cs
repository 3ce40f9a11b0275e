using Translation.Quality.Config;

namespace Translation.Quality.Translator;

/// <summary>
/// Where the Translator is and how to authenticate: endpoint, region and key, read from the
/// environment. A class, not a record, so that no generated ToString can ever print the key.
/// </summary>
public sealed class TranslatorConnection
{
    /// <summary>Custom-domain resources serve v3.0 under this path; the global hosts serve it at the root.</summary>
    public const string CustomDomainPath = "/translator/text/v3.0";

    private readonly string? _key;

    public TranslatorConnection(Uri endpoint, string? region, string? key)
    {
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"the Translator endpoint must be an absolute http(s) URL, not '{endpoint}'", nameof(endpoint));
        }

        Endpoint = endpoint;
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        _key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }

    public Uri Endpoint { get; }

    /// <summary>Null for a global resource (no region header is sent).</summary>
    public string? Region { get; }

    public bool HasKey => _key is not null;

    /// <summary>The key as it may be shown: <c>abcd…wxyz</c>, or <c>(not set)</c>.</summary>
    public string MaskedKey => Mask(_key);

    /// <summary>The environment variables the connection was read from (for messages).</summary>
    public string EndpointVariable { get; init; } = "AZURE_TRANSLATOR_ENDPOINT";

    public string RegionVariable { get; init; } = "AZURE_TRANSLATOR_REGION";

    public string KeyVariable { get; init; } = "AZURE_TRANSLATOR_KEY";

    /// <summary>Only the REST client asks for the key, to set the header.</summary>
    internal string? Key => _key;

    /// <summary>True for a <c>*.cognitiveservices.azure.com</c> resource, which serves v3.0 under <see cref="CustomDomainPath"/>.</summary>
    public bool IsCustomDomain => Endpoint.Host.EndsWith(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL of an operation, e.g. "translate" or "dictionary/lookup", with its query.</summary>
    public Uri OperationUri(string operation, string query)
    {
        var basePath = Endpoint.AbsolutePath.TrimEnd('/');
        if (IsCustomDomain && !basePath.EndsWith(CustomDomainPath, StringComparison.OrdinalIgnoreCase))
        {
            basePath += CustomDomainPath;
        }

        var builder = new UriBuilder(Endpoint) { Path = basePath + "/" + operation, Query = query };
        return builder.Uri;
    }

    public static TranslatorConnection FromEnvironment(TranslatorOptions options, Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var endpointText = getVariable(options.EndpointVariable);
        var endpoint = string.IsNullOrWhiteSpace(endpointText) ? TranslatorOptions.DefaultEndpoint : endpointText.Trim();
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"{options.EndpointVariable} is not a URL: '{endpoint}'");
        }

        return new TranslatorConnection(uri, getVariable(options.RegionVariable), getVariable(options.KeyVariable))
        {
            EndpointVariable = options.EndpointVariable,
            RegionVariable = options.RegionVariable,
            KeyVariable = options.KeyVariable,
        };
    }

    public static string Mask(string? key) => key switch
    {
        null or "" => "(not set)",
        // Too short to show both ends without giving most of it away.
        { Length: < 12 } => $"(set, {key.Length} characters)",
        _ => key[..4] + "…" + key[^4..],
    };

    public override string ToString() => $"{Endpoint} (region {Region ?? "global"}, key {MaskedKey})";
}
