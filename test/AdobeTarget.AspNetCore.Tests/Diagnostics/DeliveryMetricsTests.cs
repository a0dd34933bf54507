using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.Diagnostics;

/// <summary>Issue 12 §2: the delivery duration histogram and calls counter, seen through OpenTelemetry's in-memory exporter.</summary>
[Collection(TelemetryTestGroup.Name)]
public class DeliveryMetricsTests
{
    private static TargetDeliveryOptions Call() => new()
    {
        SessionId = "secret-session-0002",
        Request = Requests.Prefetch("home") with { Id = new VisitorId { TntId = "secret-tnt-0002" } },
    };

    [Fact]
    public async Task GetOffersAsync_TwoSuccessesAndOneEdgeError_CountsCallsByOutcome()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(Call());
        await harness.Client.GetOffersAsync(Call());
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Invalid property token"}""");
        await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));

        var calls = telemetry.Metric(AdobeTargetDiagnostics.DeliveryCalls);
        Assert.NotNull(calls);
        Assert.Equal("{call}", calls.Unit);
        Assert.Equal(2, MetricPoints.WithOutcome(calls, "success").GetSumLong());
        Assert.Equal(1, MetricPoints.WithOutcome(calls, "edge_error").GetSumLong());
        Assert.All(calls.MetricPoints, p => Assert.Equal(["adobe_target.outcome"], MetricPoints.TagsOf(p).Keys));
    }

    [Fact]
    public async Task GetOffersAsync_TwoSuccessesAndOneConnectionFailure_RecordsDurationsInSecondsByOutcomeAndMethod()
    {
        using var telemetry = new TelemetryCapture();
        await using var reachable = await ClientHarness.StartAsync();
        await using var unreachable = await ClientHarness.StartAsync(port: LoopbackHandler.ClosedPort());

        await reachable.Client.GetOffersAsync(Call());
        await reachable.Client.GetOffersAsync(Call());
        await Assert.ThrowsAsync<TargetConnectionException>(() => unreachable.Client.GetOffersAsync(Call()));

        var duration = telemetry.Metric(AdobeTargetDiagnostics.DeliveryDuration);
        Assert.NotNull(duration);
        Assert.Equal("s", duration.Unit);
        var success = MetricPoints.WithOutcome(duration, "success");
        Assert.Equal(2, success.GetHistogramCount());
        Assert.Equal("server-side", MetricPoints.TagsOf(success)["adobe_target.decisioning_method"]);
        Assert.Equal(1, MetricPoints.WithOutcome(duration, "connection").GetHistogramCount());
    }

    [Fact]
    public async Task GetOffersAsync_Succeeds_DurationIsTheElapsedTimeOfTheInjectedClock()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = async (request, context) =>
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(250)); // the edge "takes" 250 ms of fake time
            await StubEdge.RespondDefaultAsync(request, context);
        };

        await harness.Client.GetOffersAsync(Call());

        var duration = telemetry.Metric(AdobeTargetDiagnostics.DeliveryDuration);
        Assert.NotNull(duration);
        Assert.Equal(0.25, MetricPoints.WithOutcome(duration, "success").GetHistogramSum(), precision: 6);
    }
}
