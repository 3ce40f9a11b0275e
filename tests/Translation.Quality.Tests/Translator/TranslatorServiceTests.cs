using Microsoft.Extensions.Time.Testing;
using Moq;
using Translation.Quality.Config;
using Translation.Quality.Results;
using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

public sealed class TranslatorServiceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tqa-translator-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Mock<ITextTranslationClient> Echo(List<List<string>> batches)
    {
        var client = new Mock<ITextTranslationClient>(MockBehavior.Strict);
        client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<string> to, IEnumerable<string> texts, string? _, Guid? _, CancellationToken _) =>
            {
                var list = texts.ToList();
                batches.Add(list);
                IReadOnlyList<TranslatedTextItem> items = [.. list.Select(t => new TranslatedTextItem(null, [new TranslationText(to.Single(), "EN " + t)]))];
                return new TranslatorResponse<IReadOnlyList<TranslatedTextItem>>(items, "rid", Guid.NewGuid(), list.Sum(t => t.Length));
            });
        return client;
    }

    [Fact]
    public async Task Batches_respect_the_element_and_character_limits_and_keep_the_order()
    {
        var batches = new List<List<string>>();
        var options = new TranslatorOptions { MaxCharactersPerRequest = 10, MaxElementsPerRequest = 2 };
        var service = new TranslatorService(Echo(batches).Object, options);

        var result = await service.TranslateAsync(["aaaa", "bbbb", "cccc", "dddddddd", "ee", "aaaa"], "fr", "en", CancellationToken.None);

        Assert.Equal(["EN aaaa", "EN bbbb", "EN cccc", "EN dddddddd", "EN ee", "EN aaaa"], result);
        Assert.Equal([["aaaa", "bbbb"], ["cccc"], ["dddddddd", "ee"]], batches);
        Assert.All(batches, b => Assert.True(b.Count <= 2 && b.Sum(t => t.Length) <= 10));
        Assert.Equal(new TranslatorCost(22, 0, 3, 22, 0), service.Cost);
    }

    [Fact]
    public async Task Texts_too_long_for_one_request_are_not_sent()
    {
        var batches = new List<List<string>>();
        var service = new TranslatorService(Echo(batches).Object, new TranslatorOptions { MaxCharactersPerRequest = 5 });
        var result = await service.TranslateAsync(["short", "far too long", "  "], "fr", "en", CancellationToken.None);

        Assert.Equal(["EN short", null, null], result);
        Assert.Equal([["short"]], batches);
    }

    [Fact]
    public async Task A_second_run_is_answered_from_the_cache_and_pays_nothing()
    {
        var path = Path.Combine(_dir, "cache.db");
        var batches = new List<List<string>>();
        string?[] first;
        using (var cache = TranslationCache.Open(path))
        {
            var service = new TranslatorService(Echo(batches).Object, new TranslatorOptions(), cache);
            first = [.. await service.TranslateAsync(["Bonjour.", "Merci."], "fr", "en", CancellationToken.None)];
            Assert.Equal(new TranslatorCost(14, 0, 1, 14, 0), service.Cost);
        }

        using (var cache = TranslationCache.Open(path))
        {
            var client = Echo(batches);
            var service = new TranslatorService(client.Object, new TranslatorOptions(), cache);
            var second = await service.TranslateAsync(["Merci.", "Bonjour."], "fr", "en", CancellationToken.None);
            var other = await service.TranslateAsync(["Merci."], "fr", "de", CancellationToken.None);

            Assert.Equal([first[1], first[0]], second);
            Assert.Equal(2, batches.Count);
            Assert.Equal(["Merci."], batches[1]);
            Assert.Equal(new TranslatorCost(6, 14, 1, 6, 0), service.Cost);
            Assert.Equal("EN Merci.", other[0]);
            Assert.Equal(3, cache.Count());
        }

        using var reopened = TranslationCache.Open(path);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", mode.ExecuteScalar());
    }

    private static Mock<ITextTranslationClient> Answering(Func<List<string>, IReadOnlyList<TranslatedTextItem>> answer, int abandoned = 0)
    {
        var client = new Mock<ITextTranslationClient>(MockBehavior.Strict);
        client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<string> _, IEnumerable<string> texts, string? _, Guid? _, CancellationToken _) =>
                new TranslatorResponse<IReadOnlyList<TranslatedTextItem>>(answer(texts.ToList()), "rid", Guid.NewGuid(), null) { AbandonedAttempts = abandoned });
        return client;
    }

    public static TheoryData<string> WrongAnswers => ["no translations", "empty text", "too few elements", "wrong language"];

    [Theory]
    [MemberData(nameof(WrongAnswers))]
    public async Task A_wrong_answer_from_any_client_is_a_failed_request_and_never_cached(string wrong)
    {
        var client = Answering(texts => wrong switch
        {
            "no translations" => [.. texts.Select(_ => new TranslatedTextItem(null, []))],
            "empty text" => [.. texts.Select((t, i) => new TranslatedTextItem(null, [new TranslationText("en", i == 1 ? string.Empty : "EN " + t)]))],
            "too few elements" => [new TranslatedTextItem(null, [new TranslationText("en", "EN")])],
            _ => [.. texts.Select(t => new TranslatedTextItem(null, [new TranslationText("de", "DE " + t)]))],
        });
        using var cache = TranslationCache.Open(Path.Combine(_dir, "c.db"));
        var service = new TranslatorService(client.Object, new TranslatorOptions(), cache);

        var ex = await Assert.ThrowsAsync<TranslatorRequestException>(() => service.TranslateAsync(["Bonjour.", "Merci."], "fr", "en", CancellationToken.None));

        Assert.Equal(TranslatorFailure.MalformedResponse, ex.Failure);
        Assert.False(ex.IsPermanent);
        Assert.Equal(0, cache.Count());
        Assert.Equal(new TranslatorCost(14, 0, 0, 0, 1), service.Cost);
        Assert.Null(service.StoppedReason);
    }

    [Fact]
    public async Task An_empty_answer_left_in_the_cache_by_an_older_run_is_a_miss()
    {
        using var cache = TranslationCache.Open(Path.Combine(_dir, "c.db"));
        cache.SetMany("translate", "fr", "en", [new("Bonjour.", string.Empty)]);
        var batches = new List<List<string>>();
        var service = new TranslatorService(Echo(batches).Object, new TranslatorOptions(), cache);

        var result = await service.TranslateAsync(["Bonjour."], "fr", "en", CancellationToken.None);

        Assert.Equal(["EN Bonjour."], result);
        Assert.Equal([["Bonjour."]], batches);
        Assert.Equal(0, service.Cost.CharactersFromCache);
    }

    [Fact]
    public async Task Timed_out_attempts_count_as_possibly_billed_and_stay_spent_in_the_budget()
    {
        var answered = Answering(texts => [.. texts.Select(t => new TranslatedTextItem(null, [new TranslationText("en", "EN " + t)]))], abandoned: 2);
        var service = new TranslatorService(answered.Object, new TranslatorOptions());
        await service.TranslateAsync(["Bonjour."], "fr", "en", CancellationToken.None);
        Assert.Equal(8, service.Cost.CharactersSent);
        Assert.Equal(16, service.Cost.PossiblyBilledCharacters);

        var timedOut = new Mock<ITextTranslationClient>(MockBehavior.Strict);
        timedOut.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TranslatorRequestException(TranslatorFailure.Unavailable, "timed out after 20 s") { AbandonedAttempts = 1 });
        var budgeted = new TranslatorService(timedOut.Object, new TranslatorOptions { CharactersPerRun = 12 });
        await Assert.ThrowsAsync<TranslatorRequestException>(() => budgeted.TranslateAsync(["0123456789"], "fr", "en", CancellationToken.None));

        // Sent and possibly billed: the ten characters stay spent, so the next request would overspend.
        Assert.Equal(10, budgeted.Cost.CharactersSent);
        Assert.Equal(10, budgeted.Cost.PossiblyBilledCharacters);
        var spent = await Assert.ThrowsAsync<TranslatorRequestException>(() => budgeted.TranslateAsync(["abcdef"], "fr", "en", CancellationToken.None));
        Assert.Equal(TranslatorFailure.QuotaExceeded, spent.Failure);
    }

    [Fact]
    public async Task Dictionary_and_detection_answers_are_cached_too()
    {
        var client = new Mock<ITextTranslationClient>(MockBehavior.Strict);
        client.Setup(c => c.LookupDictionaryEntriesAsync("fr", "en", It.IsAny<IEnumerable<string>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TranslatorResponse<IReadOnlyList<DictionaryLookupItem>>([new DictionaryLookupItem("actuel", "actuel", [new DictionaryTranslation("current", "current", "ADJ", 0.8, string.Empty, [])])], null, Guid.NewGuid(), 6));
        client.Setup(c => c.DetectLanguageAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TranslatorResponse<IReadOnlyList<LanguageDetectionItem>>([new LanguageDetectionItem("fr", 0.93, true, [])], null, Guid.NewGuid(), null));
        using var cache = TranslationCache.Open(Path.Combine(_dir, "c.db"));
        var service = new TranslatorService(client.Object, new TranslatorOptions(), cache);

        for (var run = 0; run < 2; run++)
        {
            var entry = (await service.LookupAsync(["actuel"], "fr", "en", CancellationToken.None))[0];
            var detected = (await service.DetectAsync(["Il fait beau aujourd'hui."], CancellationToken.None))[0];
            Assert.Equal("current", entry!.Translations[0].NormalizedTarget);
            Assert.Equal(new DetectedLanguage("fr", 0.93), detected);
        }

        client.Verify(c => c.LookupDictionaryEntriesAsync("fr", "en", It.IsAny<IEnumerable<string>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()), Times.Once);
        client.Verify(c => c.DetectLanguageAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()), Times.Once);

        // Detection is not billed, so it is not counted as characters.
        Assert.Equal(new TranslatorCost(6, 6, 2, 6, 0), service.Cost);
    }

    [Fact]
    public async Task The_run_budget_stops_sending_once_spent()
    {
        var batches = new List<List<string>>();
        var service = new TranslatorService(Echo(batches).Object, new TranslatorOptions { CharactersPerRun = 12 });

        await service.TranslateAsync(["0123456789"], "fr", "en", CancellationToken.None);
        var ex = await Assert.ThrowsAsync<TranslatorRequestException>(() => service.TranslateAsync(["abcdef"], "fr", "en", CancellationToken.None));
        var again = await Assert.ThrowsAsync<TranslatorRequestException>(() => service.TranslateAsync(["ab"], "fr", "en", CancellationToken.None));

        Assert.Equal(TranslatorFailure.QuotaExceeded, ex.Failure);
        Assert.Contains("budget", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, again.Message);
        Assert.Single(batches);
        Assert.Equal(10, service.Cost.CharactersSent);
    }

    [Fact]
    public async Task After_an_authentication_failure_nothing_more_is_sent()
    {
        var client = new Mock<ITextTranslationClient>(MockBehavior.Strict);
        client.Setup(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TranslatorRequestException(TranslatorFailure.Authentication, "refused", 401, 401000));
        var service = new TranslatorService(client.Object, new TranslatorOptions());

        await Assert.ThrowsAsync<TranslatorRequestException>(() => service.TranslateAsync(["un"], "fr", "en", CancellationToken.None));
        var second = await Assert.ThrowsAsync<TranslatorRequestException>(() => service.TranslateAsync(["deux"], "fr", "en", CancellationToken.None));

        Assert.Equal(TranslatorFailure.Authentication, second.Failure);
        Assert.Equal("refused", service.StoppedReason);
        client.Verify(c => c.TranslateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<Guid?>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(1, service.Cost.FailedRequests);
    }

    [Fact]
    public async Task The_character_limiter_keeps_every_minute_under_the_limit()
    {
        var time = new FakeTimeProvider();
        using var limiter = new CharacterRateLimiter(600, time);
        Assert.Equal(100, limiter.Capacity);
        Assert.Equal(500 / 60.0, limiter.CharactersPerSecond, 6);

        // Send 40-character requests as fast as the bucket allows for three minutes of fake time.
        var sentAt = new List<TimeSpan>();
        var start = time.GetUtcNow();
        while (time.GetUtcNow() - start < TimeSpan.FromMinutes(3))
        {
            var acquire = limiter.AcquireAsync(40, CancellationToken.None).AsTask();
            while (!acquire.IsCompleted)
            {
                // Real waits, not a spin: the machine has two cores and other tests run beside this one.
                time.Advance(TimeSpan.FromMilliseconds(500));
                await Task.Delay(1);
            }

            await acquire;
            sentAt.Add(time.GetUtcNow() - start);
        }

        var busiest = sentAt.Max(t => sentAt.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1)) * 40);
        Assert.InRange(busiest, 400, 600);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => limiter.AcquireAsync(101, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task The_limiter_holds_a_request_until_enough_characters_have_refilled()
    {
        var time = new FakeTimeProvider();
        using var limiter = new CharacterRateLimiter(600, time);
        await limiter.AcquireAsync(100, CancellationToken.None);

        // 500 characters a minute refill: 25 characters take 3 s.
        var waiting = limiter.AcquireAsync(25, CancellationToken.None).AsTask();
        await Task.Delay(10);
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(10);
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
