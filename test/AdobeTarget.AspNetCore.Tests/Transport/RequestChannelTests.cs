using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.Transport;

/// <summary>Issue 13, item 10: a caller's <c>context</c> without a <c>channel</c> is sent with <c>web</c>, inside and outside a request.</summary>
public class RequestChannelTests
{
    [Fact]
    public async Task GetOffersAsync_InsideARequestOwnContextWithoutChannel_SendsWebAndKeepsTheCallersFields()
    {
        await using var app = await TargetTestApp.StartAsync();

        await app.GetAsync("/own-context");

        var context = Assert.Single(app.Edge.Requests).Json["context"]!;
        Assert.Equal("web", context["channel"]!.GetValue<string>());
        Assert.Equal("own agent", context["userAgent"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_OutsideARequestOwnContextWithoutChannel_SendsWebAndKeepsTheCallersFields()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") with { Context = new Context { UserAgent = "own agent" } } });

        var context = Assert.Single(harness.Edge.Requests).Json["context"]!;
        Assert.Equal("web", context["channel"]!.GetValue<string>());
        Assert.Equal("own agent", context["userAgent"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_OutsideARequestWithoutContext_SendsWeb()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });

        Assert.Equal("web", Assert.Single(harness.Edge.Requests).Json["context"]!["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_CallersMobileChannel_IsKeptInsideAndOutsideARequest()
    {
        await using var harness = await ClientHarness.StartAsync();
        var mobile = Requests.Prefetch("home") with { Context = new Context { Channel = ChannelType.Mobile } };

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = mobile });

        Assert.Equal("mobile", Assert.Single(harness.Edge.Requests).Json["context"]!["channel"]!.GetValue<string>());
    }
}
