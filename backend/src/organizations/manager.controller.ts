import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/validation/path-params.js';
import { ManagerAccess } from '../access/access.decorators.js';
import type { Organization } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

/**
 * An organization's own record for managers; finding and reading clients whole is
 * ManagerClientsController's, and every change to one (onboarding included) is a change request
 * that a second manager checks: `POST /api/manager/change-requests`.
 */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class ManagerController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get('organizations/:id')
  getOrganization(@UuidParam('id') id: string): Promise<Organization> {
    return this.organizations.get(id);
  }
}
