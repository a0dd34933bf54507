using System.Net;
using System.Text;
using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>
/// Issue 9, item 2: bodies are capped by <see cref="AdobeTargetOptions.MaxResponseBytes"/> after decompression, and a
/// body that never ends comes to a <see cref="TargetException"/> (the cap, or the timeout when it trickles).
/// </summary>
public class ResponseSizeCapTests
{
    private const int Cap = 64 * 1024;

    private static Task<HostileEdgeApp> StartAsync(TimeSpan? timeout = null) => HostileEdgeApp.StartAsync(o =>
    {
        o.MaxResponseBytes = Cap;
        o.Timeout = timeout ?? TimeSpan.FromSeconds(30);
    });

    private static Task<TargetDeliveryResponse> CallAsync(HostileEdgeApp app) =>
        app.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    public async Task GetOffersAsync_BodyOfExactlyTheCap_IsRead(string? encoding)
    {
        await using var app = await StartAsync();
        var plain = Encoding.ASCII.GetBytes(HostileBodies.ValidJsonOfLength(Cap));
        app.Edge.Respond = HostileBodies.Encoded(200, encoding, encoding is null ? plain : HostileBodies.Compress(encoding, plain));

        var response = await CallAsync(app);

        Assert.Equal("mboxedge28.tt.omtrdc.net", response.Response!.EdgeHost);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    public async Task GetOffersAsync_BodyOneByteOverTheCap_ThrowsResponseFormatExceptionNamingTheOption(string? encoding)
    {
        await using var app = await StartAsync();
        var plain = Encoding.ASCII.GetBytes(HostileBodies.ValidJsonOfLength(Cap + 1));
        app.Edge.Respond = HostileBodies.Encoded(200, encoding, encoding is null ? plain : HostileBodies.Compress(encoding, plain));

        var error = await Assert.ThrowsAsync<TargetResponseFormatException>(() => CallAsync(app));

        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_GzipBomb_ThrowsResponseFormatException()
    {
        await using var app = await StartAsync();
        var bomb = HostileBodies.Compress("gzip", Encoding.ASCII.GetBytes(HostileBodies.ValidJsonOfLength(64 * 1024 * 1024)));
        Assert.True(bomb.Length < 128 * 1024, $"the bomb is {bomb.Length} bytes on the wire");
        app.Edge.Respond = HostileBodies.Encoded(200, "gzip", bomb);

        await Assert.ThrowsAsync<TargetResponseFormatException>(() => CallAsync(app));
    }

    [Fact]
    public async Task GetOffersAsync_EndlessFastBody_ThrowsResponseFormatExceptionAtTheCap()
    {
        await using var app = await StartAsync();
        app.Edge.Respond = HostileBodies.Endless(200, 16 * 1024, TimeSpan.Zero);

        await Assert.ThrowsAsync<TargetResponseFormatException>(() => CallAsync(app));
    }

    [Fact]
    public async Task GetOffersAsync_EndlessTricklingBody_ThrowsTimeoutException()
    {
        await using var app = await StartAsync(TimeSpan.FromMilliseconds(300));
        app.Edge.Respond = HostileBodies.Endless(200, 1, TimeSpan.FromMilliseconds(10));

        var error = await Assert.ThrowsAsync<TargetTimeoutException>(() => CallAsync(app));

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task GetOffersAsync_EndlessErrorBody_ThrowsEdgeExceptionWithItsStatus()
    {
        await using var app = await StartAsync();
        app.Edge.Respond = HostileBodies.Endless(503, 16 * 1024, TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<TargetEdgeException>(() => CallAsync(app));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }
}
