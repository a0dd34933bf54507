using System.Diagnostics;
using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.Diagnostics;

/// <summary>Issue 12 §2: the deliver span and the calls counter when the edge never answers (timeout, caller's cancellation).</summary>
[Collection(TelemetryTestGroup.Name)]
public class DeliveryTelemetryUnansweredTests
{
    private static TargetDeliveryOptions Call() => new() { SessionId = "secret-session-0004", Request = Requests.Prefetch("home") };

    [Fact]
    public async Task GetOffersAsync_EdgeNeverAnswers_RecordsTimeoutSpanAndCall()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync(o => o.Timeout = TimeSpan.FromMilliseconds(750));
        var never = new TaskCompletionSource();
        harness.Edge.Respond = (_, context) => never.Task.WaitAsync(context.RequestAborted);

        var call = harness.Client.GetOffersAsync(Call());
        await harness.Edge.WaitForRequestsAsync();
        harness.Time.Advance(TimeSpan.FromMilliseconds(750));
        await Assert.ThrowsAsync<TargetTimeoutException>(() => call);

        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("timeout", span.GetTagItem("adobe_target.outcome"));
        var calls = telemetry.Metric(AdobeTargetDiagnostics.DeliveryCalls);
        Assert.NotNull(calls);
        Assert.Equal(1, MetricPoints.WithOutcome(calls, "timeout").GetSumLong());
    }

    [Fact]
    public async Task GetOffersAsync_CallerCancels_RecordsCanceledSpanAndCall()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();
        var never = new TaskCompletionSource();
        harness.Edge.Respond = (_, context) => never.Task.WaitAsync(context.RequestAborted);
        using var cancellation = new CancellationTokenSource();

        var call = harness.Client.GetOffersAsync(Call(), cancellation.Token);
        await harness.Edge.WaitForRequestsAsync();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("canceled", span.GetTagItem("adobe_target.outcome"));
        var calls = telemetry.Metric(AdobeTargetDiagnostics.DeliveryCalls);
        Assert.NotNull(calls);
        Assert.Equal(1, MetricPoints.WithOutcome(calls, "canceled").GetSumLong());
    }
}
