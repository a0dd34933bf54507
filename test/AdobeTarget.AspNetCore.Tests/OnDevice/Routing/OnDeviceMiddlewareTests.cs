using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>An on-device page through <c>app.UseAdobeTarget()</c>: the visitor's cookies as the browser sees them.</summary>
public class OnDeviceMiddlewareTests
{
    [Fact]
    public async Task GetAsync_OnDevicePageForANewThenReturningVisitor_SetsAndKeepsTheMintedTntId()
    {
        await using var app = await TargetTestApp.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.PollingInterval = TimeSpan.Zero; // the test publishes the artifact itself: nothing leaves loopback
        });
        OnDeviceArtifacts.Publish(app.App.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var first = await app.GetAsync("/offers");
        var second = await app.GetAsync("/offers", ("mbox", first.CookieValue("mbox")!));

        Assert.Equal(200, first.Status);
        Assert.Matches("^[0-9a-f]{32}$", first.Visitor.TntId);
        Assert.Contains($"PC#{first.Visitor.TntId}#", Uri.UnescapeDataString(first.CookieValue("mbox")!), StringComparison.Ordinal);
        Assert.Equal(first.Visitor.TntId, second.Visitor.TntId);
        Assert.Equal(first.Visitor.SessionId, second.Visitor.SessionId);
        Assert.Empty(app.Edge.Requests);
    }
}
