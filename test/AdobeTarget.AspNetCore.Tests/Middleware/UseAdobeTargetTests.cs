using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace AdobeTarget.AspNetCore.Tests.Middleware;

public class UseAdobeTargetTests
{
    [Fact]
    public void UseAdobeTarget_WithoutAddAdobeTarget_ThrowsNamingTheMissingCall()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.UseAdobeTarget());

        Assert.Contains("services.AddAdobeTarget()", error.Message, StringComparison.Ordinal);
    }
}
