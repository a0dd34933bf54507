using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace AdobeTarget.AspNetCore.Tests.DependencyInjection;

/// <summary>Issue 9 item 10: what a start-up with bad settings prints.</summary>
public class StartupValidationMessageTests
{
    private const string ClientCodeFailure = "ClientCode: AdobeTarget:ClientCode must be a DNS label (letters, digits and inner hyphens, at most 63 characters, nothing after it, not even a newline) such as 'acme'";
    private const string MaxBatchSizeFailure = "MaxBatchSize: AdobeTarget:Notifications:MaxBatchSize must be from 1 to 1000";
    private const string ServerDomainFailure = "ServerDomain: AdobeTarget:ServerDomain must be a host name with an optional port and no scheme or path, such as 'target.example.com' or '127.0.0.1:5081' (got 'https://?[2J.example.com')";

    [Fact]
    public async Task StartupErrors_ThreeProblems_OneLineEachOnceWithoutStrayPunctuation()
    {
        using var host = Build(new()
        {
            ["AdobeTarget:ClientCode"] = "acme\n",
            ["AdobeTarget:OrganizationId"] = "ABC123@AdobeOrg",
            ["AdobeTarget:ServerDomain"] = "https://\u001b[2J.example.com",
            ["AdobeTarget:Notifications:MaxBatchSize"] = "0",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal([ClientCodeFailure, MaxBatchSizeFailure, ServerDomainFailure], error.Failures);
        Assert.Equal($"{ClientCodeFailure}; {MaxBatchSizeFailure}; {ServerDomainFailure}", error.Message);
        Assert.DoesNotContain(".;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartupErrors_HostLogsTheFailureOnceAndRethrowsIt()
    {
        using var host = Build(new() { ["AdobeTarget:ClientCode"] = "acme\n", ["AdobeTarget:OrganizationId"] = "ABC123@AdobeOrg" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        // The host logs "Hosting failed to start" with the exception, then throws it to Main: that is the second
        // print a console shows when Main does not catch it. The library adds no log of its own.
        var logged = host.Services.GetFakeLogCollector().GetSnapshot().Where(r => r.Exception is not null || r.Message.Contains("ClientCode", StringComparison.Ordinal)).ToList();
        var record = Assert.Single(logged);
        Assert.Same(error, record.Exception);
        Assert.Equal([ClientCodeFailure], error.Failures);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("3.00:00:00")]
    public async Task TimeoutWrittenAsABareNumber_BindsAsDays_IsRefusedShowingTheExpectedFormat(string value)
    {
        using var host = Build(new() { ["AdobeTarget:ClientCode"] = "acme", ["AdobeTarget:OrganizationId"] = "ABC123@AdobeOrg", ["AdobeTarget:Timeout"] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            "Timeout: AdobeTarget:Timeout must be from 00:00:00.001 to 00:01:00, written hh:mm:ss such as '00:00:03' for 3 seconds (a bare '3' means 3 days)",
            Assert.Single(error.Failures));
    }

    [Theory]
    [InlineData("00:00:03", 3000)]
    [InlineData("00:00:00.250", 250)]
    public void TimeoutWrittenAsHoursMinutesSeconds_Binds(string value, int milliseconds)
    {
        using var host = Build(new() { ["AdobeTarget:ClientCode"] = "acme", ["AdobeTarget:OrganizationId"] = "ABC123@AdobeOrg", ["AdobeTarget:Timeout"] = value });

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), host.Services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value.Timeout);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        builder.Services.AddAdobeTarget();
        return builder.Build();
    }
}
