using AdobeTarget;
using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Adobe Target integration.</summary>
public static class AdobeTargetServiceCollectionExtensions
{
    /// <summary>Adds Adobe Target with options bound from the <c>"AdobeTarget"</c> configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder to configure the integration further.</returns>
    /// <remarks>Options are validated when the host starts; calling this more than once is harmless.</remarks>
    public static AdobeTargetBuilder AddAdobeTarget(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        BindSection(services, config => config.GetSection(AdobeTargetOptions.SectionName));
        return AddCore(services);
    }

    /// <summary>Adds Adobe Target with options bound from the <c>"AdobeTarget"</c> section, then changed by <paramref name="configure"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options in code; it runs after configuration binding, so its values win.</param>
    /// <returns>A builder to configure the integration further.</returns>
    public static AdobeTargetBuilder AddAdobeTarget(this IServiceCollection services, Action<AdobeTargetOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddAdobeTarget();
        services.Configure(configure);
        return builder;
    }

    /// <summary>Adds Adobe Target with options bound from <paramref name="section"/> instead of <c>"AdobeTarget"</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section to bind.</param>
    /// <returns>A builder to configure the integration further.</returns>
    public static AdobeTargetBuilder AddAdobeTarget(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        BindSection(services, _ => section);
        return AddCore(services);
    }

    private static void BindSection(IServiceCollection services, Func<IConfiguration, IConfiguration> section) =>
        services.AddOptions<AdobeTargetOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            // Bare containers (console tools, tests) may have no IConfiguration: then only code configures.
            if (provider.GetService<IConfiguration>() is { } configuration)
            {
                section(configuration).Bind(options);
            }
        });

    private static AdobeTargetBuilder AddCore(IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(AdobeTargetMarker)))
        {
            services.AddSingleton<AdobeTargetMarker>();
            services.AddOptions<AdobeTargetOptions>().ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdobeTargetOptions>, AdobeTargetOptionsValidator>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdobeTargetOptions>, AdobeTargetOptionsCustomValidator>());
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<EdgeHost>();
            services.TryAddSingleton<DeliveryHealth>();
            services.TryAddSingleton<DeliveryFailureLog>();
            services.TryAddSingleton<DeliveryChannel>();
            services.TryAddSingleton<DeliveryMetrics>();
            services.TryAddSingleton<DeliveryTelemetry>();
            services.TryAddSingleton<EdgeCircuits>();
            services.TryAddTransient<EdgeAddressHandler>();
            services.TryAddSingleton<VisitorResolver>();
            services.TryAddSingleton<TargetClient>();
            services.TryAddSingleton<ITargetClient>(provider => provider.GetRequiredService<TargetClient>());
            services.TryAddSingleton<TargetVisitorServices>();
            services.AddTargetArtifacts();
            services.TryAddSingleton(provider => new OnDeviceDecider(provider.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<DecisionRouter>();
            services.TryAddSingleton<OnDeviceDecisions>();
            services.TryAddSingleton<GeoLookup>();
            services.TryAddSingleton<TelemetryBuffer>();
            services.TryAddSingleton<ServerLocationHint>();
            services.AddHttpContextAccessor();

            services.AddMetrics();
            services.TryAddSingleton<NotificationQueue>();
            services.TryAddSingleton<NotificationMetrics>();
            services.TryAddSingleton<NotificationSender>();
            services.TryAddSingleton<TargetNotifier>();
            services.TryAddSingleton<ITargetNotifier>(provider => provider.GetRequiredService<TargetNotifier>());
            services.AddHostedService<TargetNotificationWorker>();

            services.AddRefitGeneratedClient<IDeliveryApi>(_ => DeliveryHttp.CreateRefitSettings(), AdobeTargetDefaults.DeliveryHttpClientName)
                .ConfigureHttpClient((provider, client) =>
                {
                    client.BaseAddress = provider.GetRequiredService<EdgeHost>().Default.Address;
                    client.Timeout = Timeout.InfiniteTimeSpan; // AdobeTargetOptions.Timeout bounds each call instead.
                })
                .ConfigurePrimaryHttpMessageHandler(provider => DeliveryHttp.CreatePrimaryHandler(provider.GetRequiredService<IOptions<AdobeTargetOptions>>().Value))
                .AddHttpMessageHandler<EdgeAddressHandler>()
                .AddEdgeResilience()
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
                .RemoveAllLoggers(); // failures are logged once by the client itself (event 1001); AddDefaultLogger() brings the factory's logs back
        }

        return new AdobeTargetBuilder(services, services.AddHttpClient(AdobeTargetDefaults.DeliveryHttpClientName), services.AddHttpClient(AdobeTargetDefaults.ArtifactsHttpClientName));
    }
}
