using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>The decisioning settings as configuration writes them: names bind, numbers outside the enums are refused.</summary>
public class DecisioningOptionsBindingTests
{
    [Fact]
    public void Bind_Names_SetTheMethodAndTheArtifactSettings()
    {
        var options = Bind(new()
        {
            ["AdobeTarget:DecisioningMethod"] = "Hybrid",
            ["AdobeTarget:OnDevice:ArtifactFormat"] = "Bin",
            ["AdobeTarget:OnDevice:ArtifactLocation"] = "https://cdn.example.com/acme/staging/v1/rules.bin",
            ["AdobeTarget:OnDevice:PollingInterval"] = "00:00:00",
            ["AdobeTarget:OnDevice:GeoLookup"] = "false",
        }).Value;

        Assert.Equal(TargetDecisioningMethod.Hybrid, options.DecisioningMethod);
        Assert.Equal(TargetArtifactFormat.Bin, options.OnDevice.ArtifactFormat);
        Assert.Equal(new Uri("https://cdn.example.com/acme/staging/v1/rules.bin"), options.OnDevice.ArtifactLocation);
        Assert.Equal(TimeSpan.Zero, options.OnDevice.PollingInterval);
        Assert.False(options.OnDevice.GeoLookup);
    }

    [Theory]
    [InlineData("AdobeTarget:DecisioningMethod", "7", "AdobeTarget:DecisioningMethod must be ServerSide, OnDevice or Hybrid (got 7)")]
    [InlineData("AdobeTarget:OnDevice:ArtifactFormat", "2", "AdobeTarget:OnDevice:ArtifactFormat must be Json or Bin (got 2)")]
    public void Bind_NumberOutsideTheEnum_IsRefusedInOneLine(string key, string value, string expected)
    {
        var options = Bind(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => options.Value);
        Assert.EndsWith(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static IOptions<AdobeTargetOptions> Bind(Dictionary<string, string?> settings)
    {
        settings["AdobeTarget:ClientCode"] = "acme";
        settings["AdobeTarget:OrganizationId"] = "ABC123@AdobeOrg";
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddAdobeTarget();
        return services.BuildServiceProvider().GetRequiredService<IOptions<AdobeTargetOptions>>();
    }
}
