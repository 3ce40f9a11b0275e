using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace Translation.Quality.Translator;

/// <summary>
/// Sits under the retry, on every attempt: an answer that is 2xx but not what was asked for (wrong
/// element count, an empty translation, the wrong shape) becomes a 502 here, so the retry treats
/// it like any other bad gateway and nothing downstream can cache it. It also counts attempts
/// whose answer was never read (timed out, cancelled): the service may have billed those.
/// </summary>
internal sealed class AnswerCheckHandler : DelegatingHandler
{
    /// <summary>Marks a 502 made here, so the client can say what was wrong with the real answer.</summary>
    public const string RejectedHeader = "X-Tqa-Rejected-Answer";

    public static readonly HttpRequestOptionsKey<Func<string, string?>> Check = new("tqa.answer-check");

    public static readonly HttpRequestOptionsKey<StrongBox<int>> Abandoned = new("tqa.abandoned-attempts");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The request went out and we stopped waiting: an answer may still be processed and billed.
            if (request.Options.TryGetValue(Abandoned, out var box))
            {
                Interlocked.Increment(ref box.Value);
            }

            throw;
        }

        if (!response.IsSuccessStatusCode || !request.Options.TryGetValue(Check, out var check))
        {
            return response;
        }

        string body;
        try
        {
            // Buffered, so the client reads the same answer again.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            if (request.Options.TryGetValue(Abandoned, out var box))
            {
                Interlocked.Increment(ref box.Value);
            }

            response.Dispose();
            throw;
        }

        if (check(body) is not { } problem)
        {
            return response;
        }

        var rejected = new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            RequestMessage = request,
            Content = new StringContent(problem, Encoding.UTF8, "text/plain"),
        };
        rejected.Headers.TryAddWithoutValidation(RejectedHeader, "1");
        if (response.Headers.TryGetValues("X-RequestId", out var ids))
        {
            rejected.Headers.TryAddWithoutValidation("X-RequestId", ids);
        }

        response.Dispose();
        return rejected;
    }
}
