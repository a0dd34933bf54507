using System.Net;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.Delivery;

/// <summary>Every way the edge can fail gives a distinct, typed error, logged once.</summary>
public class TargetClientFailureTests
{
    private static TargetDeliveryOptions Call() => new() { Request = Requests.Prefetch("home") with { RequestId = "req-1" } };

    [Fact]
    public async Task GetOffersAsync_400WithMessage_ThrowsEdgeExceptionWithStatusMessageAndRequestId()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Notification token is invalid: abc"}""");

        var error = await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("Notification token is invalid: abc", error.EdgeMessage);
        Assert.Equal("req-1", error.RequestId);
        Assert.False(error.IsTransient);
        Assert.Contains("400", error.Message, StringComparison.Ordinal);
        Assert.Contains("Notification token is invalid", error.Message, StringComparison.Ordinal);
        var log = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Equal(1001, log.Id.Id);
        Assert.Same(error, log.Exception);
    }

    [Fact]
    public async Task GetOffersAsync_500_ThrowsTransientEdgeException()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(500, """{"status":500,"message":"Internal error"}""");

        var error = await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("Internal error", error.EdgeMessage);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task GetOffersAsync_502WithHtmlPage_ThrowsEdgeExceptionWithoutMessage()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(502, "<html><body>Bad gateway</body></html>", "text/html");

        var error = await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.EdgeMessage);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task GetOffersAsync_EdgeMessageWithControlCharacters_IsCleanedAndCut()
    {
        await using var harness = await ClientHarness.StartAsync();
        var hostile = "line1\r\nFAKE LOG LINE\u001b[31m" + new string('x', 2000);
        harness.Edge.Respond = StubEdge.Status(400, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["status"] = 400, ["message"] = hostile }));

        var error = await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));

        Assert.DoesNotContain(error.EdgeMessage!, char.IsControl);
        Assert.StartsWith("line1  FAKE LOG LINE", error.EdgeMessage, StringComparison.Ordinal);
        Assert.Equal(501, error.EdgeMessage!.Length);
    }

    [Theory]
    [InlineData("<html>not json</html>")]
    [InlineData("{\"status\":200,")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"status\":\"ok\"}")]
    [InlineData("{\"prefetch\":{\"mboxes\":[{\"options\":[{\"type\":5}]}]}}")]
    [InlineData("")]
    [InlineData("null")]
    public async Task GetOffersAsync_200WithGarbageBody_ThrowsResponseFormatException(string body)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(200, body);

        var error = await Assert.ThrowsAsync<TargetResponseFormatException>(() => harness.Client.GetOffersAsync(Call()));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("req-1", error.RequestId);
        Assert.Contains("not a Delivery API response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_EdgeNeverAnswers_ThrowsTimeoutAfterTheConfiguredTime()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.Timeout = TimeSpan.FromMilliseconds(750));
        var never = new TaskCompletionSource();
        harness.Edge.Respond = (_, context) => never.Task.WaitAsync(context.RequestAborted);

        var call = harness.Client.GetOffersAsync(Call());
        await harness.Edge.WaitForRequestsAsync();
        harness.Time.Advance(TimeSpan.FromMilliseconds(749));
        Assert.False(call.IsCompleted);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));

        var error = await Assert.ThrowsAsync<TargetTimeoutException>(() => call);
        Assert.Equal(TimeSpan.FromMilliseconds(750), error.Timeout);
        Assert.True(error.IsTransient);
        Assert.Contains("750 ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_CallerCancels_ThrowsOperationCanceledNotTimeout()
    {
        await using var harness = await ClientHarness.StartAsync();
        var never = new TaskCompletionSource();
        harness.Edge.Respond = (_, context) => never.Task.WaitAsync(context.RequestAborted);
        using var cancellation = new CancellationTokenSource();

        var call = harness.Client.GetOffersAsync(Call(), cancellation.Token);
        await harness.Edge.WaitForRequestsAsync();
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<TargetTimeoutException>(error);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task GetOffersAsync_ConnectionRefused_ThrowsConnectionException()
    {
        await using var harness = await ClientHarness.StartAsync(port: LoopbackHandler.ClosedPort());

        var error = await Assert.ThrowsAsync<TargetConnectionException>(() => harness.Client.GetOffersAsync(Call()));

        Assert.Equal("acme.tt.omtrdc.net", error.Host);
        Assert.Equal("req-1", error.RequestId);
        Assert.True(error.IsTransient);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task GetOffersAsync_ConnectionResetMidResponse_ThrowsConnectionException()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = async (_, context) =>
        {
            context.Response.ContentLength = 1000;
            await context.Response.WriteAsync("{\"status\":200,");
            await context.Response.Body.FlushAsync();
            context.Abort();
        };

        var error = await Assert.ThrowsAsync<TargetConnectionException>(() => harness.Client.GetOffersAsync(Call()));

        Assert.True(error.IsTransient);
    }
}
