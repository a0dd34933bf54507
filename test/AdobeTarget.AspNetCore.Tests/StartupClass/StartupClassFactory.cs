using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.AspNetCore.Tests.StartupClass;

/// <summary>
/// <see cref="WebApplicationFactory{TEntryPoint}"/> over a generic host with <c>UseStartup&lt;Startup&gt;()</c>, as a
/// classic <c>Program.CreateHostBuilder</c> builds it. Target's settings come from configuration and point the client
/// at a <see cref="StubEdge"/> on loopback (<c>ServerDomain</c> 127.0.0.1:port, plain HTTP).
/// </summary>
public sealed class StartupClassFactory(StubEdge edge) : WebApplicationFactory<Startup>
{
    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AdobeTarget:ClientCode"] = ClientHarness.ClientCode,
                ["AdobeTarget:OrganizationId"] = ClientHarness.OrganizationId,
                ["AdobeTarget:ServerDomain"] = $"127.0.0.1:{edge.Port}",
                ["AdobeTarget:Secure"] = "false",
            }))
            .ConfigureWebHostDefaults(web => web.UseStartup<Startup>());

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseContentRoot(AppContext.BaseDirectory).UseEnvironment("Testing");
}
