using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static AdobeTarget.AspNetCore.Tests.Visitor.PrecedenceCalls;

namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>The notifier applies the same precedence rule as the client (one resolver): asserted on what the edge saw.</summary>
public class VisitorPrecedenceNotifierTests
{
    [Theory]
    [MemberData(nameof(PrecedenceCalls.InsideARequest), MemberType = typeof(PrecedenceCalls))]
    public async Task NotifyAsync_InsideARequest_ExplicitValuesWinByTheRule(string? session, string? cookie, string? hint, string expectedSession, string expectedTntId, string expectedHost)
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: Map);

        var page = await app.GetAsync("/precedence/notify" + Query(session, cookie, hint), RequestCookies(app.Time.GetUtcNow()));
        await app.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        Assert.Equal("queued", page.Body);
        Assert.Empty(page.SetCookies); // notifications never write the visitor's cookies
        var sent = Assert.Single(app.Edge.Requests);
        AssertSent(sent, expectedSession, expectedTntId, expectedHost);
        Assert.Equal("n-1", sent.Json["notifications"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(PrecedenceCalls.OutsideARequest), MemberType = typeof(PrecedenceCalls))]
    public async Task NotifyAsync_OutsideARequest_ExplicitValuesWinByTheRule(string? session, string? cookie, string? hint, string expectedSession, string? expectedTntId, string expectedHost)
    {
        await using var harness = await NotifierHarness.StartAsync();

        await harness.Notifier.NotifyAsync([Display("n-1")], Options(session, cookie, hint, DateTimeOffset.UtcNow));
        await harness.Notifier.FlushAsync();

        var sent = Assert.Single(harness.NotificationRequests);
        AssertSent(sent, expectedSession, expectedTntId, expectedHost);
        Assert.Equal(["n-1"], harness.NotifiedIds);
    }

    [Fact]
    public async Task NotifyClickAsync_InsideARequest_UsesTheRequestsSessionTntIdAndHintCookie()
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: Map);

        var page = await app.GetAsync("/precedence/click", RequestCookies(app.Time.GetUtcNow()));
        await app.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        Assert.Equal("clicked", page.Body);
        Assert.Empty(page.SetCookies);
        AssertSent(Assert.Single(app.Edge.Requests), RequestSession, RequestTntId, Edge35);
    }

    [Fact]
    public async Task NotifyClickAsync_InsideARequestWithoutCookies_SendsTheSessionTheFeatureReports()
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: Map);

        var page = await app.GetAsync("/precedence/click");
        await app.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        Assert.Equal("clicked", page.Body);
        var sent = Assert.Single(app.Edge.Requests);
        Assert.Equal(32, sent.Query["sessionId"].Length); // a new session, made once for the request
        Assert.Null(sent.Json["id"]?["tntId"]);
        Assert.Equal(Default, sent.Host);
    }

    [Fact]
    public async Task NotifyClickAsync_OutsideARequest_ThrowsNamingWhatIsMissing()
    {
        await using var harness = await NotifierHarness.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Notifier.NotifyClickAsync(TargetClick.OnMbox("home", "t")).AsTask());

        Assert.Contains("UseAdobeTarget", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Edge.Requests);
    }
}
