using AdobeTarget.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>
/// Issue 9, item 8: the latency-budget pattern <c>Task.WhenAny(GetOffersAsync(...), Task.Delay(50))</c>. The calls
/// that outlive their request complete normally, write no cookie and log 1104 once at debug.
/// </summary>
public class LatencyBudgetTests
{
    private sealed class LateCalls
    {
        public TargetVisitorState? State { get; set; }

        public Task<TargetDeliveryResponse[]>? Calls { get; set; }
    }

    [Fact]
    public async Task CallsThatOutliveTheirRequest_CompleteNormallyWriteNoCookieAndLog1104Once()
    {
        var late = new LateCalls();
        var edgeMayAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await Infrastructure.TargetTestApp.StartAsync(beforeTarget: web =>
            web.MapGet("/hardening/budget", async (HttpContext http, ITargetClient target) =>
            {
                late.State = http.Features.Get<TargetVisitorState>();
                var calls = Task.WhenAll(
                    target.GetOffersAsync(new TargetDeliveryOptions { Request = Infrastructure.Requests.Prefetch("home") }),
                    target.GetOffersAsync(new TargetDeliveryOptions { Request = Infrastructure.Requests.Prefetch("product1") }));
                if (await Task.WhenAny(calls, Task.Delay(50)) == calls)
                {
                    return "offers";
                }

                late.Calls = calls;
                return "default content";
            }));
        app.Edge.Respond = async (request, context) =>
        {
            await edgeMayAnswer.Task;
            await Infrastructure.StubEdge.RespondDefaultAsync(request, context);
        };

        var page = await app.GetAsync("/hardening/budget");
        await Infrastructure.Eventually.TrueAsync(() => late.State!.HasEnded); // the request is over on the server too
        edgeMayAnswer.SetResult();
        var responses = await late.Calls!;

        Assert.Equal("default content", page.Body);
        Assert.Empty(page.SetCookies);
        Assert.Equal(2, app.Edge.Requests.Count);
        Assert.All(responses, r => Assert.NotNull(r.Response));
        Assert.Equal(responses[0].SessionId, responses[1].SessionId);
        var logs = app.Logs.GetSnapshot();
        var outlived = Assert.Single(logs, r => r.Id.Id == 1104);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, outlived.Level);
        Assert.DoesNotContain(logs, r => r.Id.Id is 1101 or 1103 || r.Exception is ObjectDisposedException);
    }
}
