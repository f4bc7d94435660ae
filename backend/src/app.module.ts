import { existsSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Logger } from 'pino';
import { APP_ERROR_STATUS } from './app-error-status.js';
import { AccountForecastModule } from './account-forecast/account-forecast.module.js';
import { ApplicationsApiModule } from './applications/applications-api.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ChangeRequestsApiModule } from './change-requests/change-requests-api.module.js';
import { ClientConfigModule } from './client-config/client-config.module.js';
import { TariffsModule } from './tariffs/tariffs.module.js';
import { BankGatewayModule } from './bank-gateway/bank-gateway.module.js';
import { CertificateAuthorityStartup } from './certificates/certificate-authority.startup.js';
import { CertificatesApiModule } from './certificates/certificates.module.js';
import { RegistrationsApiModule } from './registrations/registrations-api.module.js';
import { cacheHeaders } from './web-app/web-app-files.js';
import { ApiExceptionFilter } from './common/errors/api-exception.filter.js';
import { ErrorStatusRegistry } from './common/errors/error-status-registry.js';
import { createValidationPipe } from './common/validation/validation-pipe.js';
import type { AppConfig } from './config/app-config.js';
import { DemoModule } from './demo/demo.module.js';
import { DocumentsApiModule } from './documents/documents-api.module.js';
import { ProcessesApiModule } from './processes/processes-api.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OpsConsoleModule } from './ops/ops-console.module.js';
import { OpsModule } from './ops/ops.module.js';
import { platformFoundation } from './platform-foundation.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { OtpApprovalsModule } from './documents/otp-approvals/otp-approvals.module.js';
import { ReferenceModule } from './reference/reference.module.js';
import { PaymentTemplatesModule } from './payment-templates/payment-templates.module.js';
import { BeneficiariesModule } from './beneficiaries/beneficiaries.module.js';
import { PaymentImportsModule } from './payment-imports/payment-imports.module.js';
import { SignaturesModule } from './signatures/signatures.module.js';

/** The API process: every feature module, the global pipe and filter, and the built web app. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformFoundation(config, logger),
        HealthModule,
        MetricsModule,
        ClientConfigModule,
        OpsModule,
        OpsConsoleModule,
        AuthModule,
        OrganizationsModule,
        AccountForecastModule,
        ReferenceModule,
        PaymentTemplatesModule,
        BeneficiariesModule,
        PaymentImportsModule,
        NotificationsModule,
        CertificatesApiModule,
        RegistrationsApiModule,
        SignaturesModule,
        DocumentsApiModule,
        ProcessesApiModule,
        OtpApprovalsModule,
        ApplicationsApiModule,
        ChangeRequestsApiModule,
        TariffsModule,
        BankGatewayModule.forRoot(config),
        DemoModule.forRoot(config),
        ...webApp(config),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: ErrorStatusRegistry, useValue: APP_ERROR_STATUS },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        CertificateAuthorityStartup,
      ],
    };
  }
}

/** The Angular build, served from the API's origin with index.html for client-side routes. */
function webApp(config: AppConfig): DynamicModule[] {
  const distDir = config.web.distDir;
  if (!distDir || !existsSync(distDir)) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: distDir,
      exclude: ['/api/{*path}'],
      serveStaticOptions: { setHeaders: cacheHeaders },
    }),
  ];
}
