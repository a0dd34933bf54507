using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.StartupClass;

/// <summary>
/// An application written the classic way: <c>services.AddAdobeTarget(...)</c> in <see cref="ConfigureServices"/>,
/// <c>app.UseAdobeTarget()</c> in <see cref="Configure"/>, settings bound from the <c>AdobeTarget</c> section.
/// </summary>
public sealed class Startup(IConfiguration configuration)
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddControllers();
        services.AddAdobeTarget(configuration.GetSection("AdobeTarget"));
    }

    public void Configure(IApplicationBuilder app)
    {
        app.UseRouting();
        app.UseAdobeTarget();
        app.UseEndpoints(endpoints => endpoints.MapControllers());
    }
}
