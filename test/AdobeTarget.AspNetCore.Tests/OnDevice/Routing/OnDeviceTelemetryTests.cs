using AdobeTarget.AspNetCore.Tests.Diagnostics;
using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>The <c>adobe_target.decide</c> span and the duration histogram of local decisions.</summary>
[Collection(TelemetryTestGroup.Name)]
public class OnDeviceTelemetryTests
{
    [Fact]
    public async Task GetOffersAsync_OnDevice_RecordsADecideSpanAndAnOnDeviceDuration()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DecideActivityName));
        Assert.Equal(System.Diagnostics.ActivityKind.Internal, span.Kind);
        Assert.Equal("on-device", span.GetTagItem("adobe_target.decisioning_method"));
        Assert.Equal(1, span.GetTagItem("adobe_target.execute.mboxes"));
        Assert.Equal(200, span.GetTagItem("adobe_target.decision.status"));
        Assert.Equal(1, span.GetTagItem("adobe_target.notifications"));
        Assert.Empty(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        var duration = telemetry.Metric(AdobeTargetDiagnostics.DeliveryDuration);
        Assert.NotNull(duration);
        var point = MetricPoints.WithOutcome(duration, "success");
        Assert.Equal("on-device", MetricPoints.TagsOf(point)["adobe_target.decisioning_method"]);
        Assert.Equal(1, point.GetHistogramCount());
    }
}
