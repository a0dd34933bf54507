using System.Diagnostics;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.Diagnostics;

/// <summary>Issue 12 §2: the <c>adobe_target.notify</c> span of a notification batch, linked to the requests that queued it.</summary>
[Collection(TelemetryTestGroup.Name)]
public class NotificationTelemetryTests
{
    private static Notification Display(string id) =>
        new() { Id = id, Type = MetricType.Display, Timestamp = 1, Tokens = ["t"], Mbox = new NotificationMbox { Name = "m", State = "s" } };

    private static TargetDeliveryOptions Visitor() =>
        new() { SessionId = "secret-session-0003", Request = new DeliveryRequest { Id = new VisitorId { TntId = "secret-tnt-0003" } } };

    private static readonly ActivitySource RequestSource = new("AdobeTarget.Tests.Diagnostics");

    [Fact]
    public async Task FlushAsync_NotificationsQueuedByTwoRequests_NotifySpanLinksBothAndParentsTheDeliverSpan()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await NotifierHarness.StartAsync(start: false); // no worker: FlushAsync sends the queue itself, as one batch
        ActivityContext first, second;
        using (var request = RequestSource.StartActivity("request 1"))
        {
            first = request!.Context;
            await harness.Notifier.NotifyAsync([Display("n1"), Display("n2")], Visitor());
        }

        using (var request = RequestSource.StartActivity("request 2"))
        {
            second = request!.Context;
            await harness.Notifier.NotifyAsync([Display("n3")], Visitor());
        }

        await harness.Notifier.FlushAsync();

        Assert.Equal(["n1", "n2", "n3"], harness.NotifiedIds.Order());
        var notify = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.NotifyActivityName));
        Assert.Equal(ActivityKind.Producer, notify.Kind);
        Assert.Equal(new[] { first.SpanId, second.SpanId }.Select(Hex).Order(), notify.Links.Select(l => Hex(l.Context.SpanId)).Order());
        Assert.Equal(3, notify.GetTagItem("adobe_target.notifications"));
        Assert.Equal(0, notify.GetTagItem("adobe_target.notifications.undelivered"));
        var deliver = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName), s => s.TraceId == notify.TraceId);
        Assert.Equal(notify.SpanId, deliver.ParentSpanId);
        Assert.Equal(3, deliver.GetTagItem("adobe_target.notifications"));
        AssertNoVisitorIds(telemetry);
    }

    [Fact]
    public async Task FlushAsync_EdgeRejectsEveryNotification_NotifySpanHasErrorStatus()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await NotifierHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Notification token is invalid"}""");

        await harness.Notifier.NotifyAsync([Display("bad")], Visitor());
        await harness.Notifier.FlushAsync();

        var notify = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.NotifyActivityName));
        Assert.Equal(ActivityStatusCode.Error, notify.Status);
        Assert.Equal(1, notify.GetTagItem("adobe_target.notifications.undelivered"));
    }

    private static void AssertNoVisitorIds(TelemetryCapture telemetry)
    {
        foreach (var tag in telemetry.Spans().Where(s => s.Source.Name == AdobeTargetDiagnostics.ActivitySourceName).SelectMany(s => s.TagObjects))
        {
            Assert.DoesNotContain("secret", Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Hex(ActivitySpanId id) => id.ToHexString();
}
