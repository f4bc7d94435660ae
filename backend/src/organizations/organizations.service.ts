import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { classifyIinBin, validateKodKbe } from '@qoltanba/workflows/domain';
import { Repository } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { isUniqueViolation } from '../common/database/postgres-errors.js';
import type { CreateOrganizationDto } from './dto/create-organization.dto.js';
import { Organization } from './organization.entity.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async create(dto: CreateOrganizationDto): Promise<Organization> {
    const identifier = classifyIinBin(dto.binIin);
    if ('code' in identifier) {
      throw new FeatureError(Code.BIN_IIN_INVALID, identifier.message, {
        field: 'binIin',
      });
    }
    const expected = dto.legalForm === 'LEGAL_ENTITY' ? 'BIN' : 'IIN';
    if (identifier.kind !== expected) {
      throw new FeatureError(
        Code.BIN_IIN_KIND_MISMATCH,
        `A ${dto.legalForm === 'LEGAL_ENTITY' ? 'legal entity' : 'individual entrepreneur'} is identified by its ${expected}.`,
        { field: 'binIin' },
      );
    }
    const kod = dto.kod ?? '17';
    const kodIssue = validateKodKbe(kod);
    if (kodIssue)
      throw new FeatureError(Code.KOD_INVALID, kodIssue.message, {
        field: 'kod',
      });
    try {
      return await this.organizations.save(
        this.organizations.create({
          id: randomUUID(),
          name: dto.name.trim(),
          legalForm: dto.legalForm,
          binIin: dto.binIin,
          kod,
          noneMayPrepare: dto.noneMayPrepare ?? false,
          approvalWindowHours: dto.approvalWindowHours ?? null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new FeatureError(Code.BIN_IIN_TAKEN, 'An organization with this BIN/IIN exists.', {
          field: 'binIin',
        });
      }
      throw error;
    }
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) {
      throw new FeatureError(Code.ORGANIZATION_NOT_FOUND, 'No such organization.', {
        field: 'id',
      });
    }
    return organization;
  }
}
