using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace AdobeTarget.AspNetCore.Tests.DependencyInjection;

public class AddAdobeTargetTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["AdobeTarget:ClientCode"] = "acme",
        ["AdobeTarget:OrganizationId"] = "ABC123@AdobeOrg",
    };

    [Fact]
    public void AddAdobeTarget_BindsTheAdobeTargetSection()
    {
        using var host = Build(new(Valid) { ["AdobeTarget:Timeout"] = "00:00:01.500", ["AdobeTarget:PropertyToken"] = "p", ["AdobeTarget:EnvironmentId"] = "7", ["AdobeTarget:Secure"] = "false", ["AdobeTarget:ServerDomain"] = "localhost:5081" }, s => s.AddAdobeTarget());

        var options = host.Services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value;

        Assert.Equal("acme", options.ClientCode);
        Assert.Equal("ABC123@AdobeOrg", options.OrganizationId);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.Timeout);
        Assert.Equal("p", options.PropertyToken);
        Assert.Equal(7, options.EnvironmentId);
        Assert.False(options.Secure);
        Assert.Equal("localhost:5081", options.ServerDomain);
    }

    [Fact]
    public void AddAdobeTarget_Defaults_AreDocumentedOnes()
    {
        using var host = Build(Valid, s => s.AddAdobeTarget());

        var options = host.Services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(3), options.Timeout);
        Assert.True(options.Secure);
        Assert.Null(options.ServerDomain);
    }

    [Fact]
    public void AddAdobeTarget_WithAction_RunsAfterConfiguration()
    {
        using var host = Build(Valid, s => s.AddAdobeTarget(o => o.ClientCode = "fromcode"));

        var options = host.Services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value;

        Assert.Equal("fromcode", options.ClientCode);
        Assert.Equal("ABC123@AdobeOrg", options.OrganizationId);
    }

    [Fact]
    public void AddAdobeTarget_WithSection_BindsThatSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Personalisation:Target:ClientCode"] = "other",
            ["Personalisation:Target:OrganizationId"] = "X9@AdobeOrg",
        }).Build();
        using var host = Build([], s => s.AddAdobeTarget(configuration.GetSection("Personalisation:Target")));

        Assert.Equal("other", host.Services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value.ClientCode);
    }

    [Fact]
    public void AddAdobeTarget_Twice_RegistersEverythingOnce()
    {
        int HandlerActions(Action<IServiceCollection> register)
        {
            var services = new ServiceCollection().AddLogging();
            register(services);
            using var provider = services.BuildServiceProvider();
            Assert.Single(services, d => d.ServiceType == typeof(ITargetClient));
            Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<AdobeTargetOptions>));
            return provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(AdobeTargetDefaults.DeliveryHttpClientName).HttpMessageHandlerBuilderActions.Count;
        }

        var once = HandlerActions(s => s.AddAdobeTarget(Configure));
        var twice = HandlerActions(s =>
        {
            s.AddAdobeTarget(Configure);
            s.AddAdobeTarget(Configure);
        });

        Assert.Equal(once, twice);

        static void Configure(AdobeTargetOptions o)
        {
            o.ClientCode = "acme";
            o.OrganizationId = "A1@AdobeOrg";
        }
    }

    [Fact]
    public async Task Start_WithValidSettings_Succeeds()
    {
        using var host = Build(Valid, s => s.AddAdobeTarget());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData(null, "ABC123@AdobeOrg", "AdobeTarget:ClientCode is required")]
    [InlineData("has.dot", "ABC123@AdobeOrg", "AdobeTarget:ClientCode must be a DNS label")]
    [InlineData("-leading", "ABC123@AdobeOrg", "AdobeTarget:ClientCode must be a DNS label")]
    [InlineData("acme", null, "AdobeTarget:OrganizationId is required")]
    [InlineData("acme", "ABC123", "AdobeTarget:OrganizationId must be letters and digits followed by '@AdobeOrg'")]
    [InlineData("acme", "ABC 123@AdobeOrg", "AdobeTarget:OrganizationId must be")]
    public async Task Start_WithMissingOrInvalidIds_FailsNamingTheSetting(string? clientCode, string? organizationId, string expected)
    {
        using var host = Build(new() { ["AdobeTarget:ClientCode"] = clientCode, ["AdobeTarget:OrganizationId"] = organizationId }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ServerDomain", "https://target.example.com", "AdobeTarget:ServerDomain must be a host name")]
    [InlineData("ServerDomain", "target.example.com/path", "AdobeTarget:ServerDomain must be a host name")]
    [InlineData("ServerDomain", "user@target.example.com", "AdobeTarget:ServerDomain must be a host name")]
    [InlineData("ServerDomain", "target.example.com:99999", "AdobeTarget:ServerDomain must be a host name")]
    [InlineData("Timeout", "00:00:00", "AdobeTarget:Timeout must be from 00:00:00.001 to 00:01:00")]
    [InlineData("Timeout", "00:01:40", "AdobeTarget:Timeout must be from 00:00:00.001 to 00:01:00")]
    [InlineData("Timeout", "-00:00:01", "AdobeTarget:Timeout must be from")]
    [InlineData("EnvironmentId", "0", "AdobeTarget:EnvironmentId must be a positive number")]
    public async Task Start_WithSettingOutOfRange_FailsNamingTheSettingAndTheValue(string setting, string value, string expected)
    {
        using var host = Build(new(Valid) { [$"AdobeTarget:{setting}"] = value }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(value.TrimStart('-'), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cookie:Domain", "example.com; secure", "AdobeTarget:Cookie:Domain must be a domain")]
    [InlineData("Cookie:Domain", "exa mple.com", "AdobeTarget:Cookie:Domain must be a domain")]
    [InlineData("Cookie:Path", "shop", "AdobeTarget:Cookie:Path must start with '/'")]
    [InlineData("Cookie:Path", "/shop;domain=evil", "AdobeTarget:Cookie:Path must start with '/'")]
    public async Task Start_WithUnsafeCookieSettings_Fails(string setting, string value, string expected)
    {
        using var host = Build(new(Valid) { [$"AdobeTarget:{setting}"] = value }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAdobeTarget_BindsCookieAndRequestContextSettings()
    {
        using var host = Build(new(Valid)
        {
            ["AdobeTarget:Cookie:Domain"] = ".example.com",
            ["AdobeTarget:Cookie:IsEssential"] = "true",
            ["AdobeTarget:WriteCookies"] = "false",
            ["AdobeTarget:RequestContext:IpAddress"] = "false",
        }, s => s.AddAdobeTarget());

        var options = host.Services.GetRequiredService<IOptions<AdobeTargetOptions>>().Value;

        Assert.Equal(".example.com", options.Cookie.Domain);
        Assert.True(options.Cookie.IsEssential);
        Assert.Equal("/", options.Cookie.Path);
        Assert.False(options.WriteCookies);
        Assert.False(options.RequestContext.IpAddress);
        Assert.True(options.RequestContext.UserAgent);
    }

    [Theory]
    [InlineData("target.example.com")]
    [InlineData("127.0.0.1:5081")]
    [InlineData("localhost:5081")]
    [InlineData("[::1]:5081")]
    public void Validator_AcceptsHostsWithOptionalPorts(string serverDomain)
    {
        var result = new AdobeTarget.Internal.AdobeTargetOptionsValidator().Validate(null, new AdobeTargetOptions { ClientCode = "acme", OrganizationId = "A@AdobeOrg", ServerDomain = serverDomain });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    private static IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services);
        return builder.Build();
    }
}
