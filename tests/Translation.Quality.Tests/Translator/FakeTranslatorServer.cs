using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Translation.Quality.Tests.Translator;

/// <summary>
/// A Translator v3.0 on 127.0.0.1 (random free port) that checks requests the way the service
/// does — api-version, key, region, Content-Type, JSON array, element and character limits,
/// languages — answers from tables, and misbehaves on cue: scripted faults in order, or one
/// fault for every request. Routes are served at the root (global style) and under
/// /translator/text/v3.0 (custom-domain style).
/// </summary>
public sealed class FakeTranslatorServer : IAsyncDisposable
{
    public const string CustomPrefix = "/translator/text/v3.0";

    private static readonly HashSet<string> Languages = ["en", "fr", "es", "de", "it"];

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Task _loop;
    private int _inFlight;

    public FakeTranslatorServer(string key, string? region = null, TimeProvider? time = null)
    {
        Key = key;
        Region = region;
        _time = time ?? TimeProvider.System;
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(LoopAsync);
    }

    public Uri Endpoint { get; }

    public string Key { get; }

    /// <summary>When set, requests must carry this region header (a regional resource).</summary>
    public string? Region { get; }

    /// <summary>Service limits, configurable so tests can hit them with small texts.</summary>
    public int MaxTranslateCharacters { get; set; } = 50_000;

    public int MaxTranslateElements { get; set; } = 1_000;

    /// <summary>A fault for every request (after the scripted ones run out), or null.</summary>
    public FakeFault? Always { get; set; }

    /// <summary>(from, to, text) → translation. Otherwise the answer is "[to] text".</summary>
    public ConcurrentDictionary<(string From, string To, string Text), string> Translations { get; } = new();

    /// <summary>(from, to, word) → dictionary translations with confidence.</summary>
    public ConcurrentDictionary<(string From, string To, string Word), (string Target, double Confidence)[]> Dictionary { get; } = new();

    /// <summary>text → detected language. Otherwise "en", 1.0.</summary>
    public ConcurrentDictionary<string, (string Language, double Score)> Detections { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Requests received and not yet answered.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public int Count(string operation) => Requests.Count(r => r.Operation == operation);

    public void Enqueue(params FakeFault[] faults)
    {
        foreach (var f in faults)
        {
            _faults.Enqueue(f);
        }
    }

    /// <summary>Waits (real time) until the server has seen <paramref name="count"/> requests.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Requests.Count < count)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"the fake Translator saw {Requests.Count} requests, not {count}");
            }

            await Task.Delay(5);
        }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(connection));
        }
    }

    /// <summary>One request per connection, answered with "Connection: close": simple, and a dropped connection is a real one.</summary>
    private async Task HandleAsync(TcpClient connection)
    {
        using var _ = connection;
        Interlocked.Increment(ref _inFlight);
        try
        {
            var stream = connection.GetStream();
            var request = await ReadAsync(stream);
            if (request is null)
            {
                return;
            }

            var path = request.Path;
            var operation = (path.StartsWith(CustomPrefix, StringComparison.Ordinal) ? path[CustomPrefix.Length..] : path).Trim('/');
            var fault = _faults.TryDequeue(out var scripted) ? scripted : Always;
            var normal = fault is null || (fault.Status == 0 && !fault.Drop && !fault.Malformed && fault.Body is null);
            var (status, answer, extra) = normal ? Answer(operation, request) : (fault!.Drop ? 0 : fault.Malformed || fault.Body is not null ? 200 : fault.Status, fault.Body ?? string.Empty, null);
            lock (_gate)
            {
                _requests.Add(new RecordedRequest(request.Method, operation, request.Query, request.Headers, request.Body, _time.GetUtcNow(), status));
            }

            if (fault is { Delay: var delay } && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _stop.Token);
            }

            if (fault is { Drop: true })
            {
                // A reset, not a polite close: what a crashed front end looks like to the client.
                connection.Client.LingerState = new LingerOption(true, 0);
                return;
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-RequestId"] = Guid.NewGuid().ToString() };
            if (fault is { Malformed: true })
            {
                answer = "[{\"translations\": [{\"text\": \"cut off";
            }
            else if (fault is { Location: { } location })
            {
                headers["Location"] = location;
                answer = string.Empty;
            }
            else if (fault is { Status: > 0 })
            {
                answer = Error(fault.Code, "scripted fault");
                if (fault.RetryAfter is not null)
                {
                    headers["Retry-After"] = fault.RetryAfter;
                }
            }

            foreach (var (name, value) in extra ?? [])
            {
                headers[name] = value;
            }

            await WriteAsync(stream, status, headers, answer);
        }
        catch (Exception)
        {
            // The client gave up (timeout) or the test ended: nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static async Task<FakeHttpRequest?> ReadAsync(NetworkStream stream)
    {
        var buffer = new List<byte>(4096);
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n')
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = lines[0].Split(' ');
        var target = parts[1];
        var q = target.IndexOf('?', StringComparison.Ordinal);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var length = headers.TryGetValue("Content-Length", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return new FakeHttpRequest(parts[0], q < 0 ? target : target[..q], q < 0 ? string.Empty : target[q..], headers, Encoding.UTF8.GetString(body));
    }

    private static async Task WriteAsync(NetworkStream stream, int status, Dictionary<string, string> headers, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Reason(status)}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Type: application/json; charset=utf-8\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };

    /// <summary>Checks in the service's order, then answers the operation.</summary>
    private (int Status, string Body, Dictionary<string, string>? Headers) Answer(string operation, FakeHttpRequest request)
    {
        var headers = request.Headers;
        var body = request.Body;
        if (request.QueryValue("api-version") != "3.0")
        {
            return (400, Error(400021, "The API version parameter is missing or invalid."), null);
        }

        if (!headers.TryGetValue("Ocp-Apim-Subscription-Key", out var key) || key != Key)
        {
            return (401, Error(401000, "The request is not authorized because credentials are missing or invalid."), null);
        }

        if (Region is not null && (!headers.TryGetValue("Ocp-Apim-Subscription-Region", out var region) || region != Region))
        {
            return (401, Error(401000, "The request is not authorized because credentials are missing or invalid."), null);
        }

        if (!headers.TryGetValue("Content-Type", out var type) || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (415, Error(415000, "The Content-Type header is missing or invalid."), null);
        }

        List<string> texts;
        try
        {
            texts = JsonNode.Parse(body)!.AsArray().Select(e => (string)e!["Text"]!).ToList();
        }
        catch (Exception)
        {
            return (400, Error(400074, "The body of the request is not valid JSON."), null);
        }

        var (maxElements, maxElement, maxTotal) = operation switch
        {
            "translate" => (MaxTranslateElements, MaxTranslateCharacters, MaxTranslateCharacters),
            "dictionary/lookup" => (10, 100, 1_000),
            "detect" or "breaksentence" => (100, 50_000, 50_000),
            _ => (0, 0, 0),
        };
        if (maxElements == 0)
        {
            return (404, Error(404000, "The requested resource was not found."), null);
        }

        if (texts.Count > maxElements)
        {
            return (400, Error(400072, "The number of elements on the input array exceeds the maximum."), null);
        }

        var targets = request.QueryValues("to");
        var multiplier = operation == "translate" ? Math.Max(1, targets.Count) : 1;
        if (texts.Any(t => t.Length > maxElement))
        {
            return (400, Error(400050, "The input text is too long."), null);
        }

        if (texts.Sum(t => t.Length) * multiplier > maxTotal)
        {
            return (400, Error(400077, "The maximum request size has been exceeded."), null);
        }

        var from = request.QueryValue("from");
        switch (operation)
        {
            case "translate":
                if (targets.Count == 0 || targets.Any(t => !Languages.Contains(t)))
                {
                    return (400, Error(400036, "The target language (\"To\" field) is missing or invalid."), null);
                }

                if (from is not null && !Languages.Contains(from))
                {
                    return (400, Error(400035, "The source language (\"From\" field) is invalid."), null);
                }

                var results = new JsonArray();
                foreach (var text in texts)
                {
                    var item = new JsonObject();
                    if (from is null)
                    {
                        item["detectedLanguage"] = new JsonObject { ["language"] = "fr", ["score"] = 1.0 };
                    }

                    item["translations"] = new JsonArray([.. targets.Select(to => (JsonNode)new JsonObject
                    {
                        ["text"] = Translate(from ?? "fr", to, text),
                        ["to"] = to,
                    })]);
                    results.Add(item);
                }

                return (200, results.ToJsonString(), new() { ["X-Metered-Usage"] = (texts.Sum(t => t.Length) * targets.Count).ToString(CultureInfo.InvariantCulture), ["X-MT-System"] = string.Join(',', targets.Select(_ => "Microsoft")) });

            case "dictionary/lookup":
                var to2 = request.QueryValue("to");
                if (from is null || to2 is null || !Languages.Contains(from) || !Languages.Contains(to2))
                {
                    return (400, Error(400036, "The target language (\"To\" field) is missing or invalid."), null);
                }

                return (200, new JsonArray([.. texts.Select(w => (JsonNode)new JsonObject
                {
                    ["normalizedSource"] = w.ToLowerInvariant(),
                    ["displaySource"] = w,
                    ["translations"] = new JsonArray([.. (Dictionary.TryGetValue((from, to2, w.ToLowerInvariant()), out var entries) ? entries : []).Select(e => (JsonNode)new JsonObject
                    {
                        ["normalizedTarget"] = e.Target.ToLowerInvariant(),
                        ["displayTarget"] = e.Target,
                        ["posTag"] = "ADJ",
                        ["confidence"] = e.Confidence,
                        ["prefixWord"] = string.Empty,
                        ["backTranslations"] = new JsonArray(),
                    })]),
                })]).ToJsonString(), new() { ["X-Metered-Usage"] = texts.Sum(t => t.Length).ToString(CultureInfo.InvariantCulture) });

            case "detect":
                return (200, new JsonArray([.. texts.Select(t =>
                {
                    var (language, score) = Detections.TryGetValue(t, out var d) ? d : ("en", 1.0);
                    return (JsonNode)new JsonObject { ["language"] = language, ["score"] = score, ["isTranslationSupported"] = true, ["isTransliterationSupported"] = false };
                })]).ToJsonString(), null);

            default:
                return (200, new JsonArray([.. texts.Select(t => (JsonNode)new JsonObject { ["sentLen"] = new JsonArray(t.Length) })]).ToJsonString(), null);
        }
    }

    /// <summary>
    /// From the table; a text of several known paragraphs (an aligner's 2–2 link) as their translations
    /// joined, as the service would translate it; otherwise "[to] text".
    /// </summary>
    private string Translate(string from, string to, string text)
    {
        if (Translations.TryGetValue((from, to, text), out var known))
        {
            return known;
        }

        var parts = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.All(p => Translations.ContainsKey((from, to, p)))
            ? string.Join(' ', parts.Select(p => Translations[(from, to, p)]))
            : $"[{to}] {text}";
    }

    private static string Error(int code, string message) => JsonSerializer.Serialize(new { error = new { code, message } });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception)
        {
            // Stopping.
        }

        _stop.Dispose();
    }
}
