using Microsoft.AspNetCore.Http;
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

        // Each value below is the "Default ..." of its property's <remarks>.
        Assert.Null(options.ServerDomain);
        Assert.True(options.Secure);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Timeout);
        Assert.Equal(4_194_304, options.MaxResponseBytes);
        Assert.True(options.CircuitBreaker.Enabled);
        Assert.Equal(0.5, options.CircuitBreaker.FailureRatio);
        Assert.Equal(10, options.CircuitBreaker.MinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), options.CircuitBreaker.SamplingDuration);
        Assert.Equal(TimeSpan.FromSeconds(15), options.CircuitBreaker.BreakDuration);
        Assert.Null(options.PropertyToken);
        Assert.Null(options.EnvironmentId);
        Assert.True(options.WriteCookies);

        Assert.Equal("/", options.Cookie.Path);
        Assert.Equal(SameSiteMode.Lax, options.Cookie.SameSite);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, options.Cookie.SecurePolicy);
        Assert.False(options.Cookie.HttpOnly);
        Assert.Null(options.Cookie.Domain);
        Assert.False(options.Cookie.IsEssential);

        var context = options.RequestContext;
        Assert.True(context.Address);
        Assert.True(context.UserAgent);
        Assert.True(context.ClientHints);
        Assert.True(context.BrowserHost);
        Assert.True(context.IpAddress);

        var notifications = options.Notifications;
        Assert.Equal(10_000, notifications.QueueCapacity);
        Assert.Equal(100, notifications.MaxBatchSize);
        Assert.Equal(16, notifications.MaxConcurrency);
        Assert.Equal(TimeSpan.FromMilliseconds(20), notifications.BatchWindow);
        Assert.Equal(4, notifications.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(200), notifications.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), notifications.RetryMaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), notifications.ShutdownTimeout);
        Assert.False(notifications.Inline);

        Assert.Equal(TargetDecisioningMethod.ServerSide, options.DecisioningMethod);
        var onDevice = options.OnDevice;
        Assert.Equal("production", onDevice.Environment);
        Assert.Null(onDevice.ArtifactLocation);
        Assert.Equal(TargetArtifactFormat.Json, onDevice.ArtifactFormat);
        Assert.Null(onDevice.ArtifactPath);
        Assert.Equal(TimeSpan.FromMinutes(5), onDevice.PollingInterval);
        Assert.Equal(64 * 1024 * 1024, onDevice.MaxArtifactBytes);
        Assert.Equal(TimeSpan.FromSeconds(30), onDevice.DownloadTimeout);
        Assert.True(onDevice.GeoLookup);
        Assert.Null(onDevice.GeoLocation);
        Assert.True(onDevice.Telemetry);
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
            Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IValidateOptions<AdobeTargetOptions>))); // annotations + custom rules
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
    [InlineData("acme", "ABC123", "AdobeTarget:OrganizationId must be 1 to 64 letters and digits followed by '@AdobeOrg'")]
    [InlineData("acme", "ABC 123@AdobeOrg", "AdobeTarget:OrganizationId must be")]
    public async Task Start_WithMissingOrInvalidIds_FailsNamingTheSetting(string? clientCode, string? organizationId, string expected)
    {
        using var host = Build(new() { ["AdobeTarget:ClientCode"] = clientCode, ["AdobeTarget:OrganizationId"] = organizationId }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://target.example.com")]
    [InlineData("target.example.com/path")]
    [InlineData("user@target.example.com")]
    [InlineData("target.example.com:99999")]
    public async Task Start_WithInvalidServerDomain_FailsNamingTheSettingAndTheValue(string value)
    {
        using var host = Build(new(Valid) { ["AdobeTarget:ServerDomain"] = value }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AdobeTarget:ServerDomain must be a host name", error.Message, StringComparison.Ordinal);
        Assert.Contains($"(got '{value}')", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Timeout", "00:00:00", "AdobeTarget:Timeout must be from 00:00:00.001 to 00:01:00")]
    [InlineData("Timeout", "00:01:40", "AdobeTarget:Timeout must be from 00:00:00.001 to 00:01:00")]
    [InlineData("Timeout", "-00:00:01", "AdobeTarget:Timeout must be from")]
    [InlineData("EnvironmentId", "0", "AdobeTarget:EnvironmentId must be a positive number")]
    [InlineData("MaxResponseBytes", "65535", "AdobeTarget:MaxResponseBytes must be from 65536 (64 KiB) to 268435456 (256 MiB)")]
    [InlineData("MaxResponseBytes", "268435457", "AdobeTarget:MaxResponseBytes must be from 65536")]
    [InlineData("PropertyToken", "tok\u0007en", "AdobeTarget:PropertyToken must be 1 to 256 printable characters")]
    [InlineData("Notifications:QueueCapacity", "0", "AdobeTarget:Notifications:QueueCapacity must be from 1 to 1000000")]
    [InlineData("Notifications:MaxBatchSize", "1001", "AdobeTarget:Notifications:MaxBatchSize must be from 1 to 1000")]
    [InlineData("Notifications:MaxConcurrency", "65", "AdobeTarget:Notifications:MaxConcurrency must be from 1 to 64")]
    [InlineData("Notifications:MaxAttempts", "0", "AdobeTarget:Notifications:MaxAttempts must be from 1 to 20")]
    [InlineData("Notifications:BatchWindow", "00:00:06", "AdobeTarget:Notifications:BatchWindow must be from 00:00:00 to 00:00:05")]
    [InlineData("Notifications:RetryBaseDelay", "00:01:01", "AdobeTarget:Notifications:RetryBaseDelay must be from 00:00:00 to 00:01:00")]
    [InlineData("Notifications:RetryMaxDelay", "00:05:01", "AdobeTarget:Notifications:RetryMaxDelay must be from 00:00:00 to 00:05:00")]
    [InlineData("Notifications:RetryMaxDelay", "00:00:00.100", "AdobeTarget:Notifications:RetryMaxDelay must not be shorter than AdobeTarget:Notifications:RetryBaseDelay (got 00:00:00.1000000 and 00:00:00.2000000)")]
    [InlineData("Notifications:ShutdownTimeout", "-00:00:01", "AdobeTarget:Notifications:ShutdownTimeout must be from 00:00:00 to 00:05:00")]
    [InlineData("CircuitBreaker:MinimumThroughput", "1", "AdobeTarget:CircuitBreaker:MinimumThroughput must be from 2 to 10000")]
    [InlineData("CircuitBreaker:BreakDuration", "00:00:00.100", "AdobeTarget:CircuitBreaker:BreakDuration must be from 00:00:00.500 to 00:10:00")]
    [InlineData("CircuitBreaker:SamplingDuration", "00:10:01", "AdobeTarget:CircuitBreaker:SamplingDuration must be from 00:00:00.500 to 00:10:00")]
    [InlineData("CircuitBreaker:FailureRatio", "1.5", "AdobeTarget:CircuitBreaker:FailureRatio must be from 0.01 to 1 (got 1.5)")]
    public async Task Start_WithSettingOutOfRange_FailsNamingTheSettingAndTheRange(string setting, string value, string expected)
    {
        using var host = Build(new(Valid) { [$"AdobeTarget:{setting}"] = value }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    /// <summary>Issue 9 item 4: values from secret files end with a newline, and a regex ending in '$' let it through.</summary>
    [Theory]
    [InlineData("ClientCode", "acme\n", "AdobeTarget:ClientCode must be a DNS label")]
    [InlineData("OrganizationId", "ABC123@AdobeOrg\n", "AdobeTarget:OrganizationId must be 1 to 64 letters and digits")]
    [InlineData("Cookie:Domain", ".example.com\n", "AdobeTarget:Cookie:Domain must be a domain")]
    [InlineData("Cookie:Path", "/\n", "AdobeTarget:Cookie:Path must start with '/'")]
    [InlineData("Cookie:Path", "/shop\n", "AdobeTarget:Cookie:Path must start with '/'")]
    [InlineData("ServerDomain", "target.example.com\n", "AdobeTarget:ServerDomain must be a host name")]
    public async Task OptionsAcceptATrailingNewline_WholeValueIsValidated_StartFailsNamingTheSetting(string setting, string value, string expected)
    {
        using var host = Build(new(Valid) { [$"AdobeTarget:{setting}"] = value }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(error.Failures);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", failure, StringComparison.Ordinal); // shown as '?' when the message echoes the value
    }

    [Theory]
    [InlineData("Cookie:Domain", "example.com; secure", "AdobeTarget:Cookie:Domain must be a domain")]
    [InlineData("Cookie:Domain", "exa mple.com", "AdobeTarget:Cookie:Domain must be a domain")]
    [InlineData("Cookie:Path", "shop", "AdobeTarget:Cookie:Path must start with '/'")]
    [InlineData("Cookie:Path", "/shop;domain=evil", "AdobeTarget:Cookie:Path must start with '/'")]
    [InlineData("Cookie:Domain", "a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com.a.example.com", "AdobeTarget:Cookie:Domain must be a domain of at most 253 characters")]
    public async Task Start_WithUnsafeCookieSettings_Fails(string setting, string value, string expected)
    {
        using var host = Build(new(Valid) { [$"AdobeTarget:{setting}"] = value }, s => s.AddAdobeTarget());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void CookiePath_LongerThan200Characters_IsRefusedSoTheCookieFits4096Bytes(int length, bool accepted)
    {
        var options = new AdobeTargetOptions { ClientCode = "acme", OrganizationId = "A@AdobeOrg" };
        options.Cookie.Path = "/" + new string('a', length - 1);

        var result = new AdobeTarget.Internal.AdobeTargetOptionsCustomValidator().Validate(null, options);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.StartsWith("Cookie.Path: AdobeTarget:Cookie:Path must start with '/' and hold at most 200", result.FailureMessage, StringComparison.Ordinal);
        }
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
        var result = new AdobeTarget.Internal.AdobeTargetOptionsCustomValidator().Validate(null, new AdobeTargetOptions { ClientCode = "acme", OrganizationId = "A@AdobeOrg", ServerDomain = serverDomain });

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
