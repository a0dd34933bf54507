using System.Collections.Concurrent;
using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.Middleware;

public class TargetMiddlewareConcurrencyTests
{
    [Fact]
    public async Task TwoThousandConcurrentVisitors_EachGetOnlyTheirOwnIds()
    {
        const int Visitors = 2000;
        await using var app = await TargetTestApp.StartAsync();
        var now = app.Time.GetUtcNow();

        // Half are returning visitors with their own session and tntId; half are new.
        var results = new ConcurrentDictionary<int, AppResponse>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Visitors), new ParallelOptions { MaxDegreeOfParallelism = 200 }, async (i, _) =>
        {
            var cookies = i % 2 == 0 ? [("mbox", Requests.Cookie(now, $"session{i:D4}", $"tnt{i:D4}.28_0"))] : Array.Empty<(string, string)>();
            results[i] = await app.GetAsync("/twice", cookies);
        });

        Assert.Equal(Visitors * 2, app.Edge.Requests.Count);
        var sessionsSeen = new HashSet<string>();
        foreach (var (i, response) in results)
        {
            Assert.Equal(200, response.Status);
            var cookie = Uri.UnescapeDataString(response.CookieValue("mbox")!);
            var visitor = response.Visitor;
            if (i % 2 == 0)
            {
                Assert.Equal($"session{i:D4}", visitor.SessionId);
                Assert.Equal($"tnt{i:D4}.28_0", visitor.TntId);
            }

            Assert.StartsWith($"session#{visitor.SessionId}#", cookie, StringComparison.Ordinal);
            Assert.Contains($"|PC#{visitor.TntId}#", cookie, StringComparison.Ordinal);
            Assert.True(sessionsSeen.Add(visitor.SessionId!), $"session {visitor.SessionId} was given to two visitors");

            // Every call the edge saw under this session carried this visitor's tntId, and only it.
            var calls = app.Edge.Requests.Where(r => r.Query["sessionId"] == visitor.SessionId).ToList();
            Assert.Equal(2, calls.Count);
            Assert.Equal(visitor.TntId, calls[1].Json["id"]!["tntId"]!.GetValue<string>());
            if (i % 2 == 0)
            {
                Assert.Equal(visitor.TntId, calls[0].Json["id"]!["tntId"]!.GetValue<string>());
            }
        }
    }
}
