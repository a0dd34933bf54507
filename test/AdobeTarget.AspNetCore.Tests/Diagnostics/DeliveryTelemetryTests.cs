using System.Diagnostics;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.Diagnostics;

/// <summary>Issue 12 §2: the <c>adobe_target.deliver</c> client span of each Delivery API exchange, seen through OpenTelemetry's in-memory exporter.</summary>
[Collection(TelemetryTestGroup.Name)]
public class DeliveryTelemetryTests
{
    private const string SessionId = "secret-session-0001";
    private const string TntId = "secret-tnt-0001"; // no location hint in it: the edge kind stays default unless a test gives one

    private static TargetDeliveryOptions Call(DeliveryRequest request, string? hint = null) => new()
    {
        SessionId = SessionId,
        TargetLocationHint = hint,
        Request = request with { Id = new VisitorId { TntId = TntId } },
    };

    private static DeliveryRequest Mixed() => new()
    {
        Execute = new ExecuteRequest { PageLoad = new RequestDetails(), Mboxes = [new MboxRequest { Name = "hero", Index = 0 }] },
        Prefetch = new PrefetchRequest
        {
            Mboxes = [new MboxRequest { Name = "a", Index = 0 }, new MboxRequest { Name = "b", Index = 1 }],
            Views = [new ViewRequest(), new ViewRequest(), new ViewRequest()],
        },
    };

    [Fact]
    public async Task GetOffersAsync_Succeeds_RecordsClientSpanWithCountsOutcomeAndStatus()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(Call(Mixed()));

        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        Assert.Equal(AdobeTargetDiagnostics.ActivitySourceName, span.Source.Name);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(telemetry.Root.SpanId, span.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal("server-side", span.GetTagItem("adobe_target.decisioning_method"));
        Assert.Equal("success", span.GetTagItem("adobe_target.outcome"));
        Assert.Equal("default", span.GetTagItem("adobe_target.edge.kind"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(1, span.GetTagItem("adobe_target.execute.mboxes"));
        Assert.Equal(2, span.GetTagItem("adobe_target.prefetch.mboxes"));
        Assert.Equal(3, span.GetTagItem("adobe_target.prefetch.views"));
        Assert.Equal(true, span.GetTagItem("adobe_target.page_load"));
    }

    [Fact]
    public async Task GetOffersAsync_Succeeds_HttpClientSpanIsAChildOfTheDeliverSpan()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(Call(Requests.Prefetch("home")));

        var deliver = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        var http = Assert.Single(telemetry.Spans(), s => s.Source.Name == "System.Net.Http");
        Assert.Equal(deliver.SpanId, http.ParentSpanId);
        Assert.Equal(ActivityKind.Client, http.Kind);
    }

    [Fact]
    public async Task GetOffersAsync_LocationHint_TagsHintKindButNeitherHostNorVisitorIds()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(Call(Requests.Prefetch("home"), hint: "35"));

        var request = Assert.Single(harness.Edge.Requests);
        Assert.Equal(SessionId, request.Query["sessionId"]); // the ids did go on the wire: the span must not repeat them
        Assert.Equal("mboxedge35.tt.omtrdc.net", request.Host);
        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        Assert.Equal("hint", span.GetTagItem("adobe_target.edge.kind"));
        // HttpClient's own span names the host it called; ours must not.
        foreach (var tag in telemetry.Spans().Where(s => s.Source.Name == AdobeTargetDiagnostics.ActivitySourceName).SelectMany(s => s.TagObjects))
        {
            var value = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            Assert.DoesNotContain("secret", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("mboxedge35", value, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task GetOffersAsync_EdgeAnswers400_RecordsEdgeErrorWithStatusAndErrorStatus()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Invalid property token"}""");

        await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call(Requests.Prefetch("home"))));

        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("edge_error", span.GetTagItem("adobe_target.outcome"));
        Assert.Equal("edge_error", span.GetTagItem("error.type"));
        Assert.Equal(400, span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task GetOffersAsync_AnswerIsNotJson_RecordsInvalidResponse()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(200, "<html>proxy</html>", "text/html");

        await Assert.ThrowsAsync<TargetResponseFormatException>(() => harness.Client.GetOffersAsync(Call(Requests.Prefetch("home"))));

        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("invalid_response", span.GetTagItem("adobe_target.outcome"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task GetOffersAsync_ConnectionRefused_RecordsConnectionWithoutStatus()
    {
        using var telemetry = new TelemetryCapture();
        await using var harness = await ClientHarness.StartAsync(port: LoopbackHandler.ClosedPort());

        await Assert.ThrowsAsync<TargetConnectionException>(() => harness.Client.GetOffersAsync(Call(Requests.Prefetch("home"))));

        var span = Assert.Single(telemetry.Spans(AdobeTargetDiagnostics.DeliverActivityName));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("connection", span.GetTagItem("adobe_target.outcome"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
    }
}
