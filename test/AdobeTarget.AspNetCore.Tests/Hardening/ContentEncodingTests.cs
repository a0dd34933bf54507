using System.Net;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>
/// Issue 9, item 1: a lying or corrupt <c>Content-Encoding</c> surfaces as a <see cref="TargetException"/>, is logged
/// as 1001, counts for the health check, and is retried by the notifier, never escaping as a decoder's exception.
/// </summary>
public class ContentEncodingTests
{
    public static TheoryData<int, string, bool> Cases()
    {
        var cases = new TheoryData<int, string, bool>();
        foreach (var status in new[] { 200, 503 })
        {
            foreach (var encoding in new[] { "gzip", "deflate", "br" })
            {
                cases.Add(status, encoding, false);
                cases.Add(status, encoding, true);
            }
        }

        return cases;
    }

    private static byte[] Body(string encoding, bool corrupted) =>
        corrupted ? HostileBodies.Corrupted(encoding) : Encoding.UTF8.GetBytes(HostileBodies.ValidJson);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GetOffersAsync_LyingOrCorruptContentEncoding_ThrowsTargetExceptionLogged1001AndSeenByHealth(int status, string encoding, bool corrupted)
    {
        await using var app = await HostileEdgeApp.StartAsync();
        app.Edge.Respond = HostileBodies.Encoded(status, encoding, Body(encoding, corrupted));

        var errors = new List<TargetException>();
        for (var i = 0; i < 3; i++)
        {
            errors.Add(await Assert.ThrowsAnyAsync<TargetException>(() => app.Client.GetOffersAsync(new() { Request = Infrastructure.Requests.Prefetch("home") })));
        }

        if (status == 200)
        {
            Assert.All(errors, e => Assert.IsType<TargetResponseFormatException>(e));
        }
        else
        {
            Assert.All(errors, e => Assert.Equal(HttpStatusCode.ServiceUnavailable, Assert.IsType<TargetEdgeException>(e).StatusCode));
        }

        var logged = app.App.Logs.GetSnapshot().Where(r => r.Id.Id == 1001).ToList();
        Assert.NotEmpty(logged);
        Assert.All(logged, r => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, r.Level));
        var health = await app.HealthAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Equal(3, health.Data["failures"]);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task GetOffersAsync_WellEncodedBody_IsDecompressedAndRead(string encoding)
    {
        await using var app = await HostileEdgeApp.StartAsync();
        app.Edge.Respond = HostileBodies.Encoded(200, encoding, HostileBodies.Compress(encoding, Encoding.UTF8.GetBytes(HostileBodies.ValidJson)));

        var response = await app.Client.GetOffersAsync(new() { Request = Infrastructure.Requests.Prefetch("home") });

        Assert.Equal("t.28_0", response.TntId);
    }

    [Theory]
    [InlineData("gzip", false)]
    [InlineData("deflate", true)]
    [InlineData("br", true)]
    public async Task Notifier_LyingOrCorruptContentEncoding_RetriesAndDelivers(string encoding, bool corrupted)
    {
        await using var app = await HostileEdgeApp.StartAsync(o =>
        {
            o.Notifications.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            o.Notifications.RetryMaxDelay = TimeSpan.FromMilliseconds(1);
        });
        var bad = HostileBodies.Encoded(200, encoding, Body(encoding, corrupted));
        var calls = 0;
        app.Edge.Respond = (request, context) => Interlocked.Increment(ref calls) == 1 ? bad(request, context) : Infrastructure.StubEdge.RespondDefaultAsync(request, context);

        await app.Notifier.NotifyAsync([Visitor.PrecedenceCalls.Display("n-1")], new TargetDeliveryOptions { SessionId = "s-1" });
        await app.Notifier.FlushAsync();

        Assert.Equal(2, app.Edge.Requests.Count);
        Assert.All(app.Edge.Requests, r => Assert.Equal("n-1", r.Json["notifications"]![0]!["id"]!.GetValue<string>()));
        var logs = app.App.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Id.Id == 1206); // retrying
        Assert.DoesNotContain(logs, r => r.Id.Id is 1203 or 1207); // neither given up nor a worker fault
    }
}
